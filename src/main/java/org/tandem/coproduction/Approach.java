package org.tandem.coproduction;

/**
 * The three stretches of the ladder of co-production (seed 000, Figure 14): who holds the power over a service.
 */
public enum Approach {
    DOING_TO("Doing to", "Professionals hold all the power and make every decision; people receive the service"),
    DOING_FOR("Doing for", "People are asked what they think, within limits professionals set; they are heard but "
            + "do not decide"),
    DOING_WITH("Doing with", "Power is shared: people's ideas are acted on, and they help design and deliver the "
            + "service");

    private final String label;
    private final String description;

    Approach(String label, String description) {
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
