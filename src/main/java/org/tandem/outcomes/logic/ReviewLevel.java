package org.tandem.outcomes.logic;

/** The two halves of seed 000's Table 6: outcomes for the whole area, and outcomes of the service. */
public enum ReviewLevel {
    COMMUNITY("Community-level outcomes"), SERVICE("Service-level outcomes");

    private final String label;

    ReviewLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
