package org.tandem.outcomes;

/** How often an indicator is reported. */
public enum Frequency {
    MONTHLY("Monthly", ""),
    QUARTERLY("Quarterly", ""),
    TWICE_A_YEAR("Twice a year", ""),
    ANNUALLY("Once a year", ""),
    END_OF_CONTRACT("At the end of the contract", "");

    private final String label;
    private final String description;

    Frequency(String label, String description) {
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
