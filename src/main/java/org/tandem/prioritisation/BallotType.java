package org.tandem.prioritisation;

/** The form a process's ballot takes, and the Pabulib {@code vote_type} its ballots are published as. */
public enum BallotType {
    APPROVAL("Approval", "Voters tick the projects they support, optionally at least or at most a number of them",
            "approval"),
    COST_LIMITED("Approval within the budget", "Voters tick projects whose costs together fit the budget, "
            + "optionally spending at least a share of it", "approval"),
    CUMULATIVE("Points", "Voters share out a number of points among the projects, optionally with a cap per "
            + "project", "cumulative"),
    RANKING("Ranking", "Voters put projects in order of preference, optionally up to a number of them", "ordinal");

    private final String label;
    private final String description;
    private final String pabulibVoteType;

    BallotType(String label, String description, String pabulibVoteType) {
        this.label = label;
        this.description = description;
        this.pabulibVoteType = pabulibVoteType;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String pabulibVoteType() {
        return pabulibVoteType;
    }
}
