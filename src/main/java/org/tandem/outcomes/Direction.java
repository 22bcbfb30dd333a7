package org.tandem.outcomes;

/** Which way an indicator should move for the outcome to be met. */
public enum Direction {
    INCREASE("Increase", "Higher is better"),
    DECREASE("Decrease", "Lower is better"),
    MAINTAIN("Maintain", "Keep at the level it is");

    private final String label;
    private final String description;

    Direction(String label, String description) {
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
