package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.RoundTransition;
import org.tandem.platform.SelfChecking;

/** The step a round should take next, and the version of the round you read. */
record RoundStepRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) RoundTransition transition,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (transition == null) {
            errors.rejectValue("transition", "required", "Send the step the round should take");
        }
        if (version == null) {
            errors.rejectValue("version", "required", "Send the version of the round you read");
        }
    }
}
