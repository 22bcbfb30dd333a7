package org.tandem.prioritisation.results;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.prioritisation.counting.Rule;

/**
 * What a count found: the rule the process counted by, and greedy and equal shares side by side on the same ballots.
 * When the process counts by greedy, {@code equalShares} is the Method of Equal Shares with the default utility for
 * its ballots and Add1, for comparison only.
 *
 * <p>A process whose areas have budgets of their own is counted area by area ({@link AreaBallots}): {@code areas}
 * holds each area's own count, and {@code greedy} and {@code equalShares} are their totals, every project with the
 * outcome its area's count gave it. For a process counted whole, {@code areas} is empty.
 */
public record CountFindings(String ballotKind, Rule countedBy, RuleResult greedy, RuleResult equalShares,
                            List<AreaFindings> areas) {

    public CountFindings {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** One area's count: its budget, how many voted on its projects, its own ballot file, and both rules' results. */
    public record AreaFindings(String name, long budget, int voters, String fileName, String ballotsSha256,
                               RuleResult greedy, RuleResult equalShares) {

        public RuleResult counted(Rule countedBy) {
            return countedBy == Rule.GREEDY ? greedy : equalShares;
        }
    }

    /** The result that decides the winners. */
    public RuleResult counted() {
        return countedBy == Rule.GREEDY ? greedy : equalShares;
    }

    /** Whether the process was counted area by area, each area against its own budget. */
    public boolean byArea() {
        return !areas.isEmpty();
    }

    public List<ProjectResult> fundedOnlyByEqualShares() {
        return onlyIn(equalShares, greedy);
    }

    public List<ProjectResult> fundedOnlyByGreedy() {
        return onlyIn(greedy, equalShares);
    }

    private static List<ProjectResult> onlyIn(RuleResult funding, RuleResult other) {
        Set<Integer> otherWinners = other.winners().stream().map(ProjectResult::number).collect(Collectors.toSet());
        return funding.projects().stream().filter(ProjectResult::funded)
                .filter(p -> !otherWinners.contains(p.number())).toList();
    }
}
