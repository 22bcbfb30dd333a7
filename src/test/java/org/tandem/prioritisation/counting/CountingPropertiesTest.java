package org.tandem.prioritisation.counting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for every vote, not only the examples: random small instances, every rule. */
class CountingPropertiesTest {

    private static final List<CountingMethod> METHODS = List.of(CountingMethod.greedy(),
            CountingMethod.equalShares(Utility.CARDINALITY, Completion.NONE),
            CountingMethod.equalShares(Utility.CARDINALITY, Completion.ADD1),
            CountingMethod.equalShares(Utility.COST, Completion.NONE),
            CountingMethod.equalShares(Utility.COST, Completion.ADD1));

    /** A random vote: costs, budget, and each voter's approved projects (by index). */
    record Vote(long budget, List<Long> costs, List<List<Integer>> ballots) {

        PbInstance instance(long withBudget, List<Integer> voterOrder) {
            PbInstance.Builder builder = PbInstance.builder(BallotKind.APPROVAL, withBudget);
            for (int p = 0; p < costs.size(); p++) {
                builder.project("p" + p, "Project " + p, costs.get(p));
            }
            for (int voter : voterOrder) {
                builder.ballot("v" + voter, ballots.get(voter).stream().map(p -> "p" + p).toList());
            }
            return builder.build();
        }

        PbInstance instance() {
            return instance(budget, inOrder());
        }

        List<Integer> inOrder() {
            List<Integer> order = new ArrayList<>();
            for (int voter = 0; voter < ballots.size(); voter++) {
                order.add(voter);
            }
            return order;
        }
    }

    @Provide
    Arbitrary<Vote> votes() {
        return Arbitraries.integers().between(1, 7).flatMap(projects -> Combinators.combine(
                Arbitraries.longs().between(0, 400),
                Arbitraries.longs().between(0, 150).list().ofSize(projects),
                Arbitraries.integers().between(0, projects - 1).set().ofMaxSize(projects)
                        .map(set -> (List<Integer>) new ArrayList<>(set)).list().ofMaxSize(25))
                .as(Vote::new));
    }

    @Property(tries = 300)
    void noRuleEverSpendsMoreThanTheBudget(@ForAll("votes") Vote vote) {
        PbInstance instance = vote.instance();
        for (CountingMethod method : METHODS) {
            CountResult result = Counting.count(instance, method);
            long winnersCost = result.winners().stream().mapToLong(w -> w.project().cost()).sum();
            assertThat(result.budgetUsed()).as(method.label()).isEqualTo(winnersCost)
                    .isLessThanOrEqualTo(instance.budget());
        }
    }

    /**
     * The Add1 outcome kept is one equal-shares pass with a share of budget / voters + rounds, which is the same as
     * a pass with no completion on a budget raised by rounds × voters. Greedy completion only adds to it.
     */
    @Property(tries = 300)
    void greedyCompletionNeverRemovesAnEqualSharesWinner(@ForAll("votes") Vote vote) {
        PbInstance instance = vote.instance();
        for (Utility utility : List.of(Utility.CARDINALITY, Utility.COST)) {
            CountResult completed = Counting.count(instance, CountingMethod.equalShares(utility, Completion.ADD1));
            long raisedBudget = vote.budget() + (long) completed.add1Rounds() * instance.voterCount();
            CountResult pass = Counting.count(vote.instance(raisedBudget, vote.inOrder()),
                    CountingMethod.equalShares(utility, Completion.NONE));
            assertThat(completed.winnerIds()).containsAll(pass.winnerIds());
            assertThat(completed.winnerIds().subList(0, pass.winnerIds().size())).isEqualTo(pass.winnerIds());
        }
    }

    @Property(tries = 200)
    void theOrderBallotsArriveInChangesNothing(@ForAll("votes") Vote vote, @ForAll long seed) {
        List<Integer> shuffled = vote.inOrder();
        Collections.shuffle(shuffled, new Random(seed));
        PbInstance original = vote.instance();
        PbInstance reordered = vote.instance(vote.budget(), shuffled);
        for (CountingMethod method : METHODS) {
            CountResult first = Counting.count(original, method);
            CountResult second = Counting.count(reordered, method);
            assertThat(second.winnerIds()).as(method.label()).isEqualTo(first.winnerIds());
            for (ProjectOutcome outcome : first.projects()) {
                assertThat(second.outcome(outcome.project().id()).rho()).isEqualTo(outcome.rho());
            }
        }
    }

    @Property(tries = 200)
    void everyProjectBoughtByEqualSharesIsPaidForExactlyAndNoVoterOverspends(@ForAll("votes") Vote vote) {
        PbInstance instance = vote.instance();
        for (Utility utility : List.of(Utility.CARDINALITY, Utility.COST)) {
            CountResult result = Counting.count(instance, CountingMethod.equalShares(utility, Completion.ADD1));
            List<ProjectOutcome> bought = result.winners().stream()
                    .filter(w -> w.verdict() == Verdict.FUNDED_BY_EQUAL_SHARES).toList();
            for (ProjectOutcome project : bought) {
                assertThat(project.payments().total()).isEqualTo(Rational.of(project.project().cost()));
            }
            for (int voter = 0; voter < instance.voterCount(); voter++) {
                Rational spent = Rational.ZERO;
                for (ProjectOutcome project : bought) {
                    spent = spent.plus(project.payments().paidBy(voter));
                }
                assertThat(spent.compareTo(result.share())).isLessThanOrEqualTo(0);
            }
        }
    }
}
