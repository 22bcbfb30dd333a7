package org.tandem.commissions;

/** The level a commission works at (seed 003, Dorset's "Making it real"). */
public enum CommissioningLevel {
    STRATEGIC("Strategic", "For a whole population: plans, priorities and how money is shared across services"),
    OPERATIONAL("Operational", "For a service: what is bought, from whom, and how it is run"),
    INDIVIDUAL("Individual", "For one person: their own plan, support and budget, such as an EHC plan or personal budget");

    private final String label;
    private final String description;

    CommissioningLevel(String label, String description) {
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
