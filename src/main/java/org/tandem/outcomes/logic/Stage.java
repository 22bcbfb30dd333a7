package org.tandem.outcomes.logic;

/**
 * The four columns of a logic model, in the words of seed 000's Table 5 ("Key definitions for the outcomes
 * framework"). A link always runs from one stage to the next.
 */
public enum Stage {
    INPUT("Inputs", "Input", "Resources you use to carry out your activities and operations."),
    ACTIVITY("Activities", "Activity", "Things you do to meet objectives; one off or formalised."),
    OUTPUT("Outputs", "Output", "Direct results of your activity, often countable, such as the number of people "
            + "taking part."),
    OUTCOME("Outcomes", "Outcome", "Change in people, communities, the economy or environment created wholly or "
            + "partially by the service.");

    private final String label;
    private final String singular;
    private final String definition;

    Stage(String label, String singular, String definition) {
        this.label = label;
        this.singular = singular;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String singular() {
        return singular;
    }

    public String definition() {
        return definition;
    }

    /** The stage a link from this one leads to; outcomes lead nowhere further in the model. */
    public Stage next() {
        return this == OUTCOME ? null : values()[ordinal() + 1];
    }
}
