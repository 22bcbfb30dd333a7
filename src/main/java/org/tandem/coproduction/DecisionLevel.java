package org.tandem.coproduction;

/**
 * Seed 002: citizens co-commission at the macro level (a new vision for a service, an overall strategy) or the
 * micro level (a tender specification, a contract). The two differ in techniques, governance and who takes part.
 */
public enum DecisionLevel {
    MACRO("Macro", "A whole service or strategy: its vision, priorities, how money is shared"),
    MICRO("Micro", "One task within it: a specification, a contract, how one part of a service runs");

    private final String label;
    private final String description;

    DecisionLevel(String label, String description) {
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
