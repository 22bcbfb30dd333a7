package org.tandem.insight.evidence.risks;

/** How likely the risk is to happen, on the usual five-point scale of public-sector risk registers. */
public enum Likelihood {
    RARE("Rare"), UNLIKELY("Unlikely"), POSSIBLE("Possible"), LIKELY("Likely"), ALMOST_CERTAIN("Almost certain");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 1 to 5, as stored and multiplied. */
    public int points() {
        return ordinal() + 1;
    }

    static Likelihood ofPoints(int points) {
        return values()[points - 1];
    }
}
