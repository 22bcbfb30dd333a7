package org.tandem.prioritisation.process;

import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;

/**
 * The limits a ballot may have: whole numbers in sensible ranges, a minimum no larger than its maximum, and only
 * the limits of the chosen type kept (the others are cleared, so a switch of type leaves nothing stale behind).
 */
final class BallotSettingsRules {

    static final int MOST_PROJECTS = 500;
    static final int MOST_POINTS = 10_000;

    private BallotSettingsRules() {
    }

    static BallotSettings checked(BallotSettings s) {
        if (s == null || s.type() == null) {
            throw new RuleViolation("ballotType", "Choose the kind of ballot");
        }
        return switch (s.type()) {
            case APPROVAL -> {
                Integer min = within(s.minProjects(), "minProjects", "The least number of projects", 1, MOST_PROJECTS);
                Integer max = within(s.maxProjects(), "maxProjects", "The most number of projects", 1, MOST_PROJECTS);
                if (min != null && max != null && min > max) {
                    throw new RuleViolation("maxProjects", "The most projects a voter may tick (" + max
                            + ") cannot be fewer than the least (" + min + ")");
                }
                yield new BallotSettings(BallotType.APPROVAL, min, max, null, null, null, null);
            }
            case COST_LIMITED -> new BallotSettings(BallotType.COST_LIMITED, null, null,
                    within(s.minSpendPercent(), "minSpendPercent", "The least share of the budget", 1, 100),
                    null, null, null);
            case CUMULATIVE -> {
                if (s.points() == null) {
                    throw new RuleViolation("points", "Enter how many points each voter shares out, for example 10");
                }
                Integer points = within(s.points(), "points", "The points each voter shares out", 1, MOST_POINTS);
                Integer cap = within(s.maxPointsPerProject(), "maxPointsPerProject", "The most points on one project",
                        1, points);
                yield new BallotSettings(BallotType.CUMULATIVE, null, null, null, points, cap, null);
            }
            case RANKING -> new BallotSettings(BallotType.RANKING, null, null, null, null, null,
                    within(s.maxRanked(), "maxRanked", "The most projects ranked", 1, MOST_PROJECTS));
        };
    }

    private static Integer within(Integer value, String field, String what, int least, int most) {
        if (value != null && (value < least || value > most)) {
            throw new RuleViolation(field, what + " must be a whole number from " + least + " to " + most);
        }
        return value;
    }
}
