package org.tandem.prioritisation.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts a participatory-budgeting instance. Pure Java and exact: the same instance and method always give the
 * same winners, whoever runs it and wherever.
 */
public final class Counting {

    private Counting() {
    }

    public static CountResult count(PbInstance instance, CountingMethod method) {
        return new Count(instance, method).run();
    }

    /** Greedy and equal shares (with the utility and completion given) on the same ballots. */
    public static RuleComparison compare(PbInstance instance, Utility utility, Completion completion) {
        return new RuleComparison(count(instance, CountingMethod.greedy()),
                count(instance, CountingMethod.equalShares(utility, completion)));
    }

    /** The working state of one count; the result is assembled from it once. */
    private static final class Count {

        private final PbInstance instance;
        private final CountingMethod method;
        private final int[] rank;
        private final Verdict[] verdict;
        private final int[] fundedOrder;
        private final Long[] leftInBudget;
        private final List<Integer> winners = new ArrayList<>();
        private long spent;
        private EqualShares.Pass pass;
        private int add1Rounds;

        Count(PbInstance instance, CountingMethod method) {
            this.instance = instance;
            this.method = method;
            this.rank = TieBreaking.ranks(instance);
            this.verdict = new Verdict[instance.projectCount()];
            this.fundedOrder = new int[instance.projectCount()];
            this.leftInBudget = new Long[instance.projectCount()];
        }

        CountResult run() {
            if (method.rule() == Rule.EQUAL_SHARES) {
                equalShares();
                if (method.completion() == Completion.ADD1) {
                    greedy(Verdict.FUNDED_BY_COMPLETION);
                }
            } else {
                greedy(Verdict.FUNDED_BY_GREEDY);
            }
            return result();
        }

        private void equalShares() {
            if (instance.voterCount() == 0) {
                return;
            }
            EqualShares rule = new EqualShares(instance, method.utility(), rank);
            if (method.completion() == Completion.NONE) {
                pass = rule.run(0, true);
            } else {
                pass = rule.run(add1(rule, rule.run(0, false)).raise(), true);
            }
            for (int project : pass.funded()) {
                fund(project, pass.rho(project).isZero() && instance.project(project).cost() == 0
                        ? Verdict.FUNDED_FREE : Verdict.FUNDED_BY_EQUAL_SHARES);
            }
        }

        /**
         * Raises every share by one unit at a time, keeping the last outcome that fits the budget, until an outcome
         * is exhaustive or the next one would not fit. Passes are independent, so the next few raises are counted
         * side by side on the machine's cores; they are then taken strictly in order, so the outcome is exactly
         * that of raising one unit at a time.
         */
        private EqualShares.Pass add1(EqualShares rule, EqualShares.Pass first) {
            int window = Math.max(1, Runtime.getRuntime().availableProcessors());
            EqualShares.Pass kept = first;
            while (!isExhaustive(rule, kept)) {
                long from = kept.raise();
                List<EqualShares.Pass> next = IntStream.rangeClosed(1, window).parallel()
                        .mapToObj(step -> rule.run(from + step * instance.currencyUnit(), false)).toList();
                for (EqualShares.Pass raised : next) {
                    if (raised.cost() > instance.budget()) {
                        return kept;
                    }
                    kept = raised;
                    add1Rounds++;
                    if (isExhaustive(rule, kept)) {
                        return kept;
                    }
                }
            }
            return kept;
        }

        /** Add1 stops raising shares once nothing the method could still buy fits in what is left. */
        private boolean isExhaustive(EqualShares rule, EqualShares.Pass outcome) {
            long left = instance.budget() - outcome.cost();
            boolean[] funded = new boolean[instance.projectCount()];
            outcome.funded().forEach(project -> funded[project] = true);
            return IntStream.range(0, instance.projectCount())
                    .noneMatch(p -> !funded[p] && rule.isPriced(p) && instance.project(p).cost() <= left);
        }

        /**
         * Down the list by support (most points first; for approval ballots, most supporters), ties by
         * {@link TieBreaking}, funding each project that still fits and carrying on past those that do not.
         */
        private void greedy(Verdict how) {
            Comparator<Integer> bySupport = Comparator.<Integer>comparingLong(p -> -instance.score(p))
                    .thenComparingInt(p -> rank[p]);
            List<Integer> order = IntStream.range(0, instance.projectCount()).boxed()
                    .filter(p -> verdict[p] == null && instance.supporterCount(p) > 0).sorted(bySupport).toList();
            for (int project : order) {
                long left = instance.budget() - spent;
                leftInBudget[project] = left;
                if (instance.project(project).cost() <= left) {
                    fund(project, instance.project(project).cost() == 0 ? Verdict.FUNDED_FREE : how);
                }
            }
        }

        private void fund(int project, Verdict how) {
            verdict[project] = how;
            winners.add(project);
            fundedOrder[project] = winners.size();
            spent += instance.project(project).cost();
        }

        private CountResult result() {
            Explanations explanations = new Explanations(instance, method, pass);
            List<ProjectOutcome> outcomes = new ArrayList<>();
            for (int project = 0; project < instance.projectCount(); project++) {
                outcomes.add(outcome(project, explanations));
            }
            List<ProjectOutcome> funded = winners.stream().map(outcomes::get).toList();
            return new CountResult(method, instance.budget(), instance.voterCount(), outcomes, funded, spent,
                    add1Rounds, pass == null ? null : pass.share(), votersWithAWinner());
        }

        private ProjectOutcome outcome(int project, Explanations explanations) {
            Verdict decided = verdict[project] != null ? verdict[project] : lostBecause(project);
            Rational rho = decided == Verdict.FUNDED_BY_EQUAL_SHARES ? pass.rho(project) : null;
            Rational perSupporter = rho != null && method.utility() != Utility.POINTS
                    ? rho.times(method.utility() == Utility.COST ? instance.project(project).cost() : 1) : null;
            Rational leftAmongSupporters = pass != null && !decided.funded() ? pass.leftAmongSupporters(project)
                    : null;
            Payments payments = rho != null ? pass.payments(project) : null;
            ProjectOutcome outcome = new ProjectOutcome(instance.project(project), project,
                    instance.supporterCount(project), instance.score(project), decided, fundedOrder[project], rho,
                    perSupporter, leftAmongSupporters, leftInBudget[project], payments, null);
            return outcome.explainedAs(explanations.explain(outcome));
        }

        private Verdict lostBecause(int project) {
            if (instance.supporterCount(project) == 0) {
                return Verdict.LOST_NO_SUPPORT;
            }
            if (instance.project(project).cost() > instance.budget()) {
                return Verdict.LOST_COSTS_MORE_THAN_BUDGET;
            }
            return leftInBudget[project] != null ? Verdict.LOST_NOT_ENOUGH_LEFT
                    : Verdict.LOST_SUPPORTERS_SHARES_TOO_SMALL;
        }

        private int votersWithAWinner() {
            boolean[] satisfied = new boolean[instance.voterCount()];
            int count = 0;
            for (int project : winners) {
                for (int voter : instance.supportersOf(project)) {
                    if (!satisfied[voter]) {
                        satisfied[voter] = true;
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
