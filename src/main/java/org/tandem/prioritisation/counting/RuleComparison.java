package org.tandem.prioritisation.counting;

import java.util.List;
import java.util.Set;

/**
 * Greedy by support and the Method of Equal Shares side by side on the same ballots: how many voters got at least
 * one project they supported, how much of the budget each spends, and how many projects each funds.
 */
public record RuleComparison(CountResult greedy, CountResult equalShares) {

    /** Projects equal shares funds and greedy does not, in proposal order: what proportionality changed. */
    public List<String> fundedOnlyByEqualShares() {
        Set<String> greedyWinners = Set.copyOf(greedy.winnerIds());
        return equalShares.winnerIdsInProposalOrder().stream().filter(id -> !greedyWinners.contains(id)).toList();
    }

    /** Projects greedy funds and equal shares does not, in proposal order. */
    public List<String> fundedOnlyByGreedy() {
        Set<String> equalSharesWinners = Set.copyOf(equalShares.winnerIds());
        return greedy.winnerIdsInProposalOrder().stream().filter(id -> !equalSharesWinners.contains(id)).toList();
    }
}
