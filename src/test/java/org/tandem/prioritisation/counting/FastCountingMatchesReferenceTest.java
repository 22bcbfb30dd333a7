package org.tandem.prioritisation.counting;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast equal-shares pass (estimates in doubles, exact only when they are too close to call) gives exactly what
 * the slow all-exact one gives, on random votes made to be full of ties: few, similar voters and costs that are
 * small multiples of one another, so that prices collide and voters are left with exactly a price; so does the
 * pass Add1 uses, which keeps prices as proven bounds until it needs them. Add1 is also compared with the
 * step-by-step definition counted with the reference pass.
 */
class FastCountingMatchesReferenceTest {

    /** A random vote; points are 1 for approval ballots. */
    record Vote(BallotKind kind, long budget, List<Long> costs, List<List<int[]>> ballots) {

        PbInstance instance() {
            PbInstance.Builder builder = PbInstance.builder(kind, budget);
            for (int p = 0; p < costs.size(); p++) {
                builder.project("p" + p, "Project " + p, costs.get(p));
            }
            for (int voter = 0; voter < ballots.size(); voter++) {
                List<int[]> ballot = ballots.get(voter);
                builder.ballot("v" + voter, ballot.stream().mapToInt(entry -> entry[0]).toArray(),
                        ballot.stream().mapToInt(entry -> entry[1]).toArray());
            }
            return builder.build();
        }

        List<Utility> utilities() {
            return kind.hasPoints() ? List.of(Utility.POINTS, Utility.CARDINALITY)
                    : List.of(Utility.CARDINALITY, Utility.COST);
        }
    }

    @Provide
    Arbitrary<Vote> votes() {
        return Arbitraries.of(BallotKind.APPROVAL, BallotKind.CUMULATIVE).flatMap(kind ->
                Arbitraries.integers().between(1, 6).flatMap(projects -> Combinators.combine(
                        Arbitraries.longs().between(0, 60).map(budget -> budget * 5),
                        Arbitraries.longs().between(0, 12).map(cost -> cost * 10).list().ofSize(projects),
                        ballot(kind, projects).list().ofMaxSize(12))
                        .as((budget, costs, ballots) -> new Vote(kind, budget, costs, ballots))));
    }

    private static Arbitrary<List<int[]>> ballot(BallotKind kind, int projects) {
        return Arbitraries.integers().between(0, projects - 1).set().ofMaxSize(projects).flatMap(chosen ->
                Arbitraries.integers().between(kind.hasPoints() ? 0 : 1, kind.hasPoints() ? 4 : 1)
                        .list().ofSize(chosen.size()).map(points -> {
                            List<int[]> entries = new ArrayList<>();
                            int i = 0;
                            for (int project : chosen) {
                                entries.add(new int[] {project, points.get(i++)});
                            }
                            return entries;
                        }));
    }

    /** Larger votes with costs of any size: long chains of prices whose denominators grow as projects are bought. */
    @Provide
    Arbitrary<Vote> largerVotes() {
        return Arbitraries.of(BallotKind.APPROVAL, BallotKind.CUMULATIVE).flatMap(kind ->
                Arbitraries.integers().between(3, 12).flatMap(projects -> Combinators.combine(
                        Arbitraries.longs().between(100, 100_000),
                        Arbitraries.longs().between(1, 30_000).list().ofSize(projects),
                        ballot(kind, projects).list().ofMinSize(20).ofMaxSize(150))
                        .as((budget, costs, ballots) -> new Vote(kind, budget, costs, ballots))));
    }

    @Property(tries = 150)
    void largerVotesAreCountedTheSameToo(@ForAll("largerVotes") Vote vote,
            @ForAll @IntRange(min = 0, max = 300) int raise) {
        everyPassFundsTheSameProjectsAtTheSamePricesWithTheSamePayments(vote, raise);
    }

    @Property(tries = 400)
    void everyPassFundsTheSameProjectsAtTheSamePricesWithTheSamePayments(@ForAll("votes") Vote vote,
            @ForAll @IntRange(min = 0, max = 40) int raise) {
        PbInstance instance = vote.instance();
        if (instance.voterCount() == 0) {
            return;
        }
        int[] rank = TieBreaking.ranks(instance);
        for (Utility utility : vote.utilities()) {
            EqualShares.Pass fast = new EqualShares(instance, utility, rank).run(raise, true);
            ReferenceEqualShares.Pass slow = new ReferenceEqualShares(instance, utility, rank).run(raise, true);

            assertThat(fast.funded()).as(utility.code()).isEqualTo(slow.funded());
            assertThat(fast.cost()).isEqualTo(slow.cost());
            // Add1's passes leave prices as proven bounds until they are needed: the same projects, same prices.
            EqualShares.Pass bounded = new EqualShares(instance, utility, rank).run(raise, false);
            assertThat(bounded.funded()).as(utility.code() + " with bounds").isEqualTo(slow.funded());
            for (int project = 0; project < instance.projectCount(); project++) {
                assertThat(bounded.rho(project)).as("bounded rho of p" + project).isEqualTo(slow.rho(project));
            }
            for (int project = 0; project < instance.projectCount(); project++) {
                assertThat(fast.rho(project)).as("rho of p" + project).isEqualTo(slow.rho(project));
                assertThat(fast.leftAmongSupporters(project)).as("left among supporters of p" + project)
                        .isEqualTo(slow.leftAmongSupporters(project));
                if (slow.payments(project) != null) {
                    assertThat(fast.payments(project).shares()).isEqualTo(slow.payments(project).shares());
                    for (int voter = 0; voter < instance.voterCount(); voter++) {
                        assertThat(fast.payments(project).paidBy(voter)).as("v" + voter + " for p" + project)
                                .isEqualTo(slow.payments(project).paidBy(voter));
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void add1KeepsTheOutcomeOfRaisingSharesOneUnitAtATime(@ForAll("votes") Vote vote) {
        PbInstance instance = vote.instance();
        if (instance.voterCount() == 0) {
            return;
        }
        for (Utility utility : vote.utilities()) {
            CountResult counted = Counting.count(instance, CountingMethod.equalShares(utility, Completion.ADD1));
            ReferenceEqualShares.Pass kept = add1StepByStep(instance, utility);

            assertThat(counted.add1Rounds()).as(utility.code()).isEqualTo(kept.raise());
            List<String> fundedByEqualShares = counted.winners().stream()
                    .filter(w -> w.verdict() != Verdict.FUNDED_BY_COMPLETION).map(w -> w.project().id()).toList();
            assertThat(fundedByEqualShares)
                    .isEqualTo(kept.funded().stream().map(p -> instance.project(p).id()).toList());
        }
    }

    /** Add1 as defined: raise by one unit, count again, keep the last outcome that fits, stop when exhaustive. */
    private static ReferenceEqualShares.Pass add1StepByStep(PbInstance instance, Utility utility) {
        ReferenceEqualShares rule = new ReferenceEqualShares(instance, utility, TieBreaking.ranks(instance));
        ReferenceEqualShares.Pass kept = rule.run(0, false);
        while (!exhaustive(instance, rule, kept)) {
            ReferenceEqualShares.Pass raised = rule.run(kept.raise() + instance.currencyUnit(), false);
            if (raised.cost() > instance.budget()) {
                break;
            }
            kept = raised;
        }
        return kept;
    }

    private static boolean exhaustive(PbInstance instance, ReferenceEqualShares rule,
            ReferenceEqualShares.Pass outcome) {
        long left = instance.budget() - outcome.cost();
        for (int project = 0; project < instance.projectCount(); project++) {
            if (!outcome.funded().contains(project) && rule.isPriced(project)
                    && instance.project(project).cost() <= left) {
                return false;
            }
        }
        return true;
    }
}
