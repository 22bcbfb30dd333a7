package org.tandem.prioritisation.counting;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The result of one count: every project's outcome in proposal order, the winners in the order they were funded,
 * and the numbers a results page and a comparison of rules show.
 *
 * @param add1Rounds           how many times Add1 raised every voter's share (0 without Add1)
 * @param share                the share of the budget each voter had in the equal-shares outcome kept (null for
 *                             greedy): the budget divided by the voters, plus one unit per Add1 round
 * @param votersWithAWinner    how many voters supported at least one funded project
 */
public record CountResult(CountingMethod method, long budget, int voters, List<ProjectOutcome> projects,
                          List<ProjectOutcome> winners, long budgetUsed, int add1Rounds, Rational share,
                          int votersWithAWinner) {

    public CountResult {
        projects = List.copyOf(projects);
        winners = List.copyOf(winners);
    }

    /** The winners' ids in proposal order, the order Pabulib files list projects in. */
    public List<String> winnerIdsInProposalOrder() {
        return winners.stream().sorted(Comparator.comparingInt(ProjectOutcome::index))
                .map(outcome -> outcome.project().id()).toList();
    }

    public List<String> winnerIds() {
        return winners.stream().map(outcome -> outcome.project().id()).toList();
    }

    public ProjectOutcome outcome(String projectId) {
        return projects.stream().filter(outcome -> outcome.project().id().equals(projectId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No project " + projectId + " in this count"));
    }

    /** The share of voters with at least one funded project they supported, exactly. */
    public Rational shareOfVotersWithAWinner() {
        return voters == 0 ? Rational.ZERO : Rational.of(votersWithAWinner, voters);
    }

    public long budgetLeft() {
        return budget - budgetUsed;
    }
}
