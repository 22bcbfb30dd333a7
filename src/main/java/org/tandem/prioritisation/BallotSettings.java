package org.tandem.prioritisation;

/**
 * How a process's ballot works. Only the limits of its {@code type} are set; the others are null. For
 * {@link BallotType#APPROVAL}: at least {@code minProjects} and at most {@code maxProjects} ticked; for
 * {@link BallotType#COST_LIMITED}: the ticked projects cost no more than the budget (of the process, or of the
 * voter's district) and at least {@code minSpendPercent} of it; for {@link BallotType#CUMULATIVE}: {@code points}
 * to share out, at most {@code maxPointsPerProject} on one project; for {@link BallotType#RANKING}: up to
 * {@code maxRanked} projects ranked.
 */
public record BallotSettings(BallotType type, Integer minProjects, Integer maxProjects, Integer minSpendPercent,
                             Integer points, Integer maxPointsPerProject, Integer maxRanked) {

    /** A plain approval ballot with no limits: what a process has until officers choose otherwise. */
    public static final BallotSettings DEFAULT = new BallotSettings(BallotType.APPROVAL, null, null, null, null, null,
            null);
}
