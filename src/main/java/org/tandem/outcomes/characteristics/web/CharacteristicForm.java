package org.tandem.outcomes.characteristics.web;

import org.springframework.validation.Errors;
import org.tandem.outcomes.characteristics.CharacteristicDraft;
import org.tandem.outcomes.characteristics.QualityCharacteristic;
import org.tandem.outcomes.shared.PlainText;
import org.tandem.platform.SelfChecking;

/** A quality characteristic as typed: its name and its two descriptions, text until checked. */
public record CharacteristicForm(String name, String usersWords, String professionalWords, Integer version)
        implements SelfChecking {

    static CharacteristicForm blank() {
        return new CharacteristicForm("", "", "", null);
    }

    static CharacteristicForm of(QualityCharacteristic c) {
        return new CharacteristicForm(c.name(), c.usersWords(), c.professionalWords(), c.version());
    }

    @Override
    public void check(Errors errors) {
        check(name, usersWords, professionalWords, errors);
    }

    /** Shared with the API: a name is needed; either description can be written later, with the people it is for. */
    static void check(String name, String usersWords, String professionalWords, Errors errors) {
        PlainText.required(name, CharacteristicDraft.NAME_MAX, "name", "Enter a name for the quality characteristic",
                "The name", errors);
        PlainText.limit(usersWords, CharacteristicDraft.WORDS_MAX, "usersWords", "The description in users' words",
                errors);
        PlainText.limit(professionalWords, CharacteristicDraft.WORDS_MAX, "professionalWords",
                "The professional description", errors);
    }

    static CharacteristicDraft draft(String name, String usersWords, String professionalWords) {
        return new CharacteristicDraft(PlainText.line(name), PlainText.paragraphs(usersWords),
                PlainText.paragraphs(professionalWords));
    }

    /** Only called once {@link #check} found nothing wrong. */
    CharacteristicDraft toDraft() {
        return draft(name, usersWords, professionalWords);
    }
}
