package org.tandem.outcomes;

/** How far upstream an outcome acts to prevent harm (seed 000, Table 3). */
public enum PreventionLevel {
    DOWNSTREAM("Downstream", "Copes with the consequences of harm, case by case"),
    MIDSTREAM("Midstream", "Mitigates harm already done, for groups at risk or vulnerable"),
    UPSTREAM("Upstream", "Prevents harm before it happens, for whole populations and systems");

    private final String label;
    private final String description;

    PreventionLevel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
