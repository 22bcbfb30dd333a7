package org.tandem.insight.evidence.risks;

/** How much harm the risk would do if it happened, on a five-point scale. */
public enum Impact {
    NEGLIGIBLE("Negligible"), MINOR("Minor"), MODERATE("Moderate"), MAJOR("Major"), SEVERE("Severe");

    private final String label;

    Impact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 1 to 5, as stored and multiplied. */
    public int points() {
        return ordinal() + 1;
    }

    static Impact ofPoints(int points) {
        return values()[points - 1];
    }
}
