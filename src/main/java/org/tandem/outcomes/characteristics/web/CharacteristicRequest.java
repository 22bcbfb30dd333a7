package org.tandem.outcomes.characteristics.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.outcomes.characteristics.CharacteristicDraft;
import org.tandem.platform.SelfChecking;

/** A quality characteristic's words in the API; {@code version} is the one read, when changing it. */
record CharacteristicRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = CharacteristicDraft.NAME_MAX) String name,
        @Schema(description = "What it means, in the words of the people who will use the service",
                maxLength = CharacteristicDraft.WORDS_MAX) String usersWords,
        @Schema(description = "The professional wording, as a tender would put it",
                maxLength = CharacteristicDraft.WORDS_MAX) String professionalWords,
        @Schema(description = "The version you read; needed when changing") Integer version)
        implements SelfChecking {

    @Override
    public void check(Errors errors) {
        CharacteristicForm.check(name, usersWords, professionalWords, errors);
    }

    CharacteristicDraft draft() {
        return CharacteristicForm.draft(name, usersWords, professionalWords);
    }
}
