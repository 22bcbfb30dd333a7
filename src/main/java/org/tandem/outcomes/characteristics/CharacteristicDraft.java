package org.tandem.outcomes.characteristics;

/** A quality characteristic's words once checked: a name on one line, and its two descriptions (either may wait). */
public record CharacteristicDraft(String name, String usersWords, String professionalWords) {

    public static final int NAME_MAX = 200;
    public static final int WORDS_MAX = 2000;
}
