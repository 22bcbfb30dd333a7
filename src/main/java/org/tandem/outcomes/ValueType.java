package org.tandem.outcomes;

/** Who an outcome creates value for, in the Public Value Model (seed 002, Figure 1). */
public enum ValueType {
    USER("User value", "For the individual people using the service"),
    SOCIAL("Social value", "For communities"),
    ECONOMIC("Economic value", "For businesses and the local economy");

    private final String label;
    private final String description;

    ValueType(String label, String description) {
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
