package org.tandem.coproduction;

/** The parts of an activity's optional equalities profile. */
public enum EqualityDimension {
    AGE("Age"),
    DISABILITY("Disability"),
    ETHNICITY("Ethnic group");

    private final String label;

    EqualityDimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
