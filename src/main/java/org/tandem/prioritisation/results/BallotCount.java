package org.tandem.prioritisation.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.tandem.prioritisation.counting.BallotKind;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.CountResult;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.counting.ProjectOutcome;
import org.tandem.prioritisation.counting.Rule;
import org.tandem.prioritisation.counting.TieBreaking;
import org.tandem.prioritisation.counting.Utility;

/**
 * Counts ballots with the counting library, by the method chosen and by the other rule for comparison, and turns
 * the library's results into what is stored. Nothing here counts differently from {@code tandem pb count}.
 */
public final class BallotCount {

    /** A proposal as the results name it: its title and area, looked up by number when the ballots are counted. */
    public record Label(java.util.UUID proposalId, String title, String district) {
    }

    private BallotCount() {
    }

    /**
     * The method a process counts by unless an officer chooses another: equal shares with Add1, with cost
     * utilities for approval ballots (a bigger project counts for more to its supporters) and the points given for
     * cumulative and scoring ballots.
     */
    public static CountingMethod defaultMethod(BallotKind kind) {
        return CountingMethod.equalShares(kind.hasPoints() ? Utility.POINTS : Utility.COST, Completion.ADD1);
    }

    public static CountFindings count(PbInstance instance, CountingMethod method, Map<String, Label> labels) {
        CountResult greedy = Counting.count(instance, CountingMethod.greedy());
        CountResult equalShares = Counting.count(instance, method.rule() == Rule.EQUAL_SHARES ? method
                : defaultMethod(instance.kind()));
        int[] place = placesBySupport(instance);
        return new CountFindings(instance.kind().pabulibName(), method.rule(), stored(greedy, place, labels),
                stored(equalShares, place, labels), List.of());
    }

    /**
     * The findings of a process counted area by area: each area's own count, and for each rule the totals over the
     * areas, measured on the whole ballots (a voter has a winner when any project they chose, in any area, is
     * funded). Projects are funded area by area, in the order of the areas.
     */
    public static CountFindings byArea(PbInstance whole, long budget, Rule countedBy,
                                       List<CountFindings.AreaFindings> areas) {
        return new CountFindings(whole.kind().pabulibName(), countedBy,
                total(whole, budget, areas.stream().map(CountFindings.AreaFindings::greedy).toList()),
                total(whole, budget, areas.stream().map(CountFindings.AreaFindings::equalShares).toList()), areas);
    }

    private static RuleResult total(PbInstance whole, long budget, List<RuleResult> areas) {
        List<ProjectResult> projects = new ArrayList<>();
        Set<String> winners = new HashSet<>();
        long used = 0;
        int order = 0;
        for (RuleResult area : areas) {
            Map<Integer, Integer> fundedOrder = new HashMap<>();
            for (ProjectResult winner : area.winners()) {
                fundedOrder.put(winner.number(), ++order);
                winners.add(Integer.toString(winner.number()));
            }
            area.projects().forEach(p -> projects.add(p.funded() ? p.fundedAs(fundedOrder.get(p.number())) : p));
            used += area.budgetUsed();
        }
        projects.sort(Comparator.comparingInt(ProjectResult::number));
        int votersWithAWinner = 0;
        for (int voter = 0; voter < whole.voterCount(); voter++) {
            if (whole.ballot(voter).projectIds().stream().anyMatch(winners::contains)) {
                votersWithAWinner++;
            }
        }
        RuleResult first = areas.getFirst();
        return new RuleResult(first.rule(), first.utility(), first.completion(), first.label(), budget,
                whole.voterCount(), used, 0, null, votersWithAWinner, projects);
    }

    /** Places in greedy's order: most support first, ties broken by Tandem's one tie-breaking order. */
    private static int[] placesBySupport(PbInstance instance) {
        int[] rank = TieBreaking.ranks(instance);
        int[] order = IntStream.range(0, instance.projectCount()).boxed()
                .sorted(Comparator.<Integer>comparingLong(p -> -instance.score(p)).thenComparingInt(p -> rank[p]))
                .mapToInt(Integer::intValue).toArray();
        int[] place = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            place[order[position]] = position + 1;
        }
        return place;
    }

    private static RuleResult stored(CountResult result, int[] place, Map<String, Label> labels) {
        List<ProjectResult> projects = new ArrayList<>();
        for (ProjectOutcome outcome : result.projects()) {
            Label label = labels.get(outcome.project().id());
            projects.add(new ProjectResult(Integer.parseInt(outcome.project().id()),
                    label == null ? null : label.proposalId(),
                    label == null ? outcome.project().name() : label.title(), label == null ? null : label.district(),
                    outcome.project().cost(), outcome.supporters(), outcome.score(), outcome.verdict().name(),
                    outcome.funded(), outcome.fundedOrder(), place[outcome.index()], Amounts.stored(outcome.rho()),
                    Amounts.stored(outcome.pricePerSupporter()), Amounts.stored(outcome.leftAmongSupporters()),
                    outcome.leftInBudget(), outcome.payments() == null ? List.of() : outcome.payments().shares()
                    .stream().map(s -> new ProjectResult.Payment(Amounts.stored(s.amount()), s.voters())).toList(),
                    outcome.explanation()));
        }
        CountingMethod method = result.method();
        return new RuleResult(method.rule(), method.utility(), method.completion(), method.label(), result.budget(),
                result.voters(), result.budgetUsed(), result.add1Rounds(), Amounts.stored(result.share()),
                result.votersWithAWinner(), projects);
    }
}
