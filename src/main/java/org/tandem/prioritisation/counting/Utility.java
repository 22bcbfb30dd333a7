package org.tandem.prioritisation.counting;

/**
 * How much a supporter is taken to gain from a funded project, which the Method of Equal Shares uses to set prices.
 */
public enum Utility {
    /** One for each approved project: every project counts the same to its supporters. */
    CARDINALITY("cardinality"),
    /** The project's cost: a bigger project counts for more to its supporters. */
    COST("cost"),
    /** The points the voter gave it, for cumulative and scoring ballots. */
    POINTS("points");

    private final String code;

    Utility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether all supporters of a project have the same utility for it (true for approval utilities). */
    boolean isUniform() {
        return this != POINTS;
    }
}
