package org.tandem.outcomes;

/**
 * Whether an outcome is for the people using a service or for the wider community (seed 000, "service-level" and
 * "community-level" outcomes).
 */
public enum OutcomeLevel {
    SERVICE("Service-level",
            "What people using the service, and commissioners, hope to achieve as a direct result of it"),
    COMMUNITY("Community-level",
            "The wider social, environmental and economic value the service creates for the public");

    private final String label;
    private final String description;

    OutcomeLevel(String label, String description) {
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
