package org.tandem.prioritisation.results;

import java.util.Comparator;
import java.util.List;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.Rule;
import org.tandem.prioritisation.counting.Utility;

/**
 * One rule's count of the ballots, as stored: the totals and every project's outcome in proposal order.
 *
 * @param share  for equal shares: each voter's share of the budget in the outcome kept (exact), else null
 */
public record RuleResult(Rule rule, Utility utility, Completion completion, String label, long budget, int voters,
                         long budgetUsed, int add1Rounds, String share, int votersWithAWinner,
                         List<ProjectResult> projects) {

    public RuleResult {
        projects = List.copyOf(projects);
    }

    public CountingMethod method() {
        return new CountingMethod(rule, utility, completion);
    }

    public long budgetLeft() {
        return budget - budgetUsed;
    }

    /** The funded projects in the order the count funded them. */
    public List<ProjectResult> winners() {
        return projects.stream().filter(ProjectResult::funded)
                .sorted(Comparator.comparingInt(ProjectResult::fundedOrder)).toList();
    }

    public ProjectResult project(int number) {
        return projects.stream().filter(p -> p.number() == number).findFirst().orElseThrow();
    }

    /** Voters with at least one funded project they supported, as a percentage to one decimal place. */
    public String shareOfVotersWithAWinner() {
        return voters == 0 ? "0.0%" : Amounts.percent(votersWithAWinner, voters);
    }
}
