package org.tandem.prioritisation.counting;

/**
 * How people voted, as Pabulib names it. Approval and ordinal ballots name projects; cumulative and scoring ballots
 * also give each named project points. An ordinal ballot is counted as approval of every project it ranks: the
 * rules here are defined for approval and for points, not for rankings.
 */
public enum BallotKind {
    APPROVAL("approval", false),
    ORDINAL("ordinal", false),
    CUMULATIVE("cumulative", true),
    SCORING("scoring", true);

    private final String pabulibName;
    private final boolean hasPoints;

    BallotKind(String pabulibName, boolean hasPoints) {
        this.pabulibName = pabulibName;
        this.hasPoints = hasPoints;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public boolean hasPoints() {
        return hasPoints;
    }

    /** The kind Pabulib's {@code vote_type} names, or null when it names none. */
    public static BallotKind fromPabulib(String voteType) {
        for (BallotKind kind : values()) {
            if (kind.pabulibName.equals(voteType)) {
                return kind;
            }
        }
        return null;
    }
}
