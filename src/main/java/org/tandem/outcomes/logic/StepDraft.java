package org.tandem.outcomes.logic;

/** A step to add to a logic model. */
public record StepDraft(Stage stage, String text) {

    public static final int TEXT_MAX = 300;
}
