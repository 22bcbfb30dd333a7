package org.tandem.prioritisation.results;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.prioritisation.counting.Rule;

/**
 * What a count found: the rule the process counted by, and greedy and equal shares side by side on the same ballots.
 * When the process counts by greedy, {@code equalShares} is the Method of Equal Shares with the default utility for
 * its ballots and Add1, for comparison only.
 */
public record CountFindings(String ballotKind, Rule countedBy, RuleResult greedy, RuleResult equalShares) {

    /** The result that decides the winners. */
    public RuleResult counted() {
        return countedBy == Rule.GREEDY ? greedy : equalShares;
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
