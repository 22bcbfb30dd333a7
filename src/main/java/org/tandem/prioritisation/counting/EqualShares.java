package org.tandem.prioritisation.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import static org.tandem.prioritisation.counting.Estimates.UNIT;

/**
 * One pass of the Method of Equal Shares with a given share per voter (equalshares.net; Peters and Skowron 2020).
 * Each voter starts with the share; at each step the project whose supporters can pay its cost with the lowest
 * price per unit of utility ρ is funded, each supporter paying ρ × their utility or, if that is less, all they
 * have left; the pass ends when no project's supporters can afford it.
 *
 * <p>Exact and fast at once (docs/decisions/0014):
 * <ul>
 *   <li>Every price ρ is an exact fraction, and so is every amount that decides anything. Each voter's money is
 *   also kept as a {@code double} estimate with a proven error bound; a comparison is decided by the estimates
 *   only when they differ by more than that bound, and otherwise by the exact amounts ({@link ExactMoney}).</li>
 *   <li>Exact money is never kept per voter: a voter who still has money has paid exactly ρ × utility for each
 *   funded project they support, so it is worked out from the prices when needed.</li>
 *   <li>Voters only lose money, so a project's last price is a lower bound on its price now: a step re-prices
 *   projects cheapest first and stops once no project left could beat the best found.</li>
 * </ul>
 * The slow all-exact implementation this replaced is kept in the tests ({@code ReferenceEqualShares}) and the two
 * are compared on random votes.
 */
final class EqualShares {

    /** How many times the estimate of who is short is refined before the exact price is worked out instead. */
    private static final int ESTIMATE_ROUNDS = 16;
    private static final int[] NOBODY = {};

    private final PbInstance instance;
    private final Utility utility;
    private final int[] rank;
    /** Each project's utility to every supporter, for approval utilities (unused for points). */
    private final long[] uniformUtility;
    /** Each project's supporters' utility added up: ρ would be cost / this if everyone could pay. */
    private final long[] allSupportersUtility;

    EqualShares(PbInstance instance, Utility utility, int[] rank) {
        this.instance = instance;
        this.utility = utility;
        this.rank = rank;
        this.uniformUtility = new long[instance.projectCount()];
        this.allSupportersUtility = new long[instance.projectCount()];
        for (int project = 0; project < uniformUtility.length; project++) {
            uniformUtility[project] = utility == Utility.COST ? instance.project(project).cost() : 1;
            for (int points : instance.pointsOf(project)) {
                allSupportersUtility[project] += utility.isUniform() ? uniformUtility[project] : points;
            }
        }
    }

    /** Projects with at least one supporter and a cost above zero: the ones the method prices. */
    boolean isPriced(int project) {
        return instance.project(project).cost() > 0 && instance.supporterCount(project) > 0;
    }

    /** Projects that cost nothing and that someone supports are funded before any money is spent. */
    boolean isFree(int project) {
        return instance.project(project).cost() == 0 && instance.supporterCount(project) > 0;
    }

    /** A pass in which every voter starts with {@code share} = budget / voters + raise (raise in whole units). */
    Pass run(long raise, boolean recordPayments) {
        return new Pass(raise, recordPayments).run();
    }

    /** The utility of every supporter of a project, for approval utilities (cardinality and cost). */
    private long uniformUtility(int project) {
        return uniformUtility[project];
    }

    /**
     * A project's price per unit of utility ρ: exact, or not yet worked out ({@code rho} null) with bounds
     * {@code floor} ≤ ρ ≤ {@code ceiling} proven from the estimates, which are enough to rank it against most
     * others. {@code payingAll} are the supporters who cannot pay ρ × utility and so pay all they have, and
     * {@code richUtility} the others' utility added up: with them the exact ρ is one division.
     */
    private record Price(int project, int rank, Rational rho, double estimate, double floor, double ceiling,
                         int[] payingAll, long richUtility) implements Comparable<Price> {

        /** An exact price; its estimate is within 1.01 × UNIT of it, so the bounds allow a little more. */
        static Price exactly(int project, int rank, Rational rho, int[] payingAll, long richUtility) {
            double estimate = Estimates.of(rho);
            return new Price(project, rank, rho, estimate, estimate * LOWER, estimate * UPPER, payingAll,
                    richUtility);
        }

        boolean isExact() {
            return rho != null;
        }

        /** The order of exact prices: lower ρ first, then the better-ranked project. */
        @Override
        public int compareTo(Price other) {
            int byEstimate = Estimates.compare(estimate, other.estimate,
                    2.02 * UNIT * Math.max(estimate, other.estimate));
            int byPrice = byEstimate != 0 ? byEstimate : rho.compareTo(other.rho);
            return byPrice != 0 ? byPrice : Integer.compare(rank, other.rank);
        }
    }

    /** Factors that move a positive estimate below (above) the value it is within a few roundings of. */
    private static final double LOWER = 1 - 8 * UNIT;
    private static final double UPPER = 1 + 8 * UNIT;

    /** Prices waiting in the queue as lower bounds, when not every price is worked out exactly. */
    private static final Comparator<Price> BY_FLOOR =
            Comparator.comparingDouble(Price::floor).thenComparingInt(Price::rank);

    /** What one pass funded, at which prices, and what the supporters of everything else had left. */
    final class Pass {

        private final long raise;
        private final boolean recordPayments;
        /**
         * Whether prices are left as proven bounds until one is bought or must be told apart from another. The
         * pass whose payments are shown keeps every price exact, so that a project drops out (noting what its
         * supporters had left) exactly when it does in the reference implementation; the funded projects and
         * their prices are the same either way.
         */
        private final boolean lazy;
        private final List<Integer> funded = new ArrayList<>();
        private final Rational[] rho;
        private final Rational[] leftAmongSupporters;
        private final Payments[] payments;
        private long cost;

        private final double shareEstimate;
        /** Each voter's money, estimated; see {@link #moneyError()}. */
        private final double[] money;
        /** Voters who have paid all they had: their money is exactly zero, and they pay nothing more. */
        private final boolean[] spentOut;
        private final ExactMoney exact;
        private int projectsPaidFor;

        // Scratch space for pricing one project: its supporters who still have money, and their utilities.
        private final int[] holders;
        private final long[] holderUtility;
        private final int[] holderMark;
        private final int[] near;
        private final int[] voterMark;
        private int stamp;

        private Pass(long raise, boolean recordPayments) {
            this.raise = raise;
            this.recordPayments = recordPayments;
            this.lazy = !recordPayments;
            int projects = instance.projectCount();
            this.rho = new Rational[projects];
            this.leftAmongSupporters = new Rational[projects];
            this.payments = new Payments[projects];
            this.money = new double[instance.voterCount()];
            this.spentOut = new boolean[instance.voterCount()];
            this.exact = new ExactMoney(instance, utility, share());
            this.shareEstimate = (double) instance.budget() / instance.voterCount() + raise;
            Arrays.fill(money, shareEstimate);
            int most = 0;
            for (int project = 0; project < projects; project++) {
                most = Math.max(most, instance.supporterCount(project));
            }
            this.holders = new int[most];
            this.holderUtility = new long[most];
            this.holderMark = new int[most];
            this.near = new int[most];
            this.voterMark = recordPayments ? new int[instance.voterCount()] : null;
        }

        /**
         * A bound on |estimate − exact money| for every voter. The share's estimate is within 3 × UNIT × share
         * (three roundings); each payment (at most the share) moves it by at most 5 × UNIT × share more (up to
         * three in the price's estimate, one in the product with the utility, one in the subtraction); 16 × UNIT
         * per payment, and 32 × UNIT to start, leave room to spare.
         */
        private double moneyError() {
            return shareEstimate * (projectsPaidFor + 2) * 16 * UNIT;
        }

        private Pass run() {
            for (int project = 0; project < instance.projectCount(); project++) {
                if (isFree(project)) {
                    funded.add(project);
                    rho[project] = Rational.ZERO;
                }
            }
            PriorityQueue<Price> queue = lazy ? new PriorityQueue<>(BY_FLOOR) : new PriorityQueue<>();
            for (int project = 0; project < instance.projectCount(); project++) {
                if (isPriced(project)) {
                    queue.add(startingPrice(project));
                }
            }
            List<Price> repriced = new ArrayList<>();
            while (!queue.isEmpty()) {
                Price best = null;
                repriced.clear();
                while (!queue.isEmpty() && (best == null || mayBeat(queue.peek(), best))) {
                    Price now = price(queue.poll().project());
                    if (now == null) {
                        continue;
                    }
                    if (best == null || now.ceiling() < best.floor()) {
                        best = now;
                    } else if (!(now.floor() > best.ceiling())) {
                        now = exactly(now);
                        best = exactly(best);
                        if (now.compareTo(best) < 0) {
                            best = now;
                        }
                    }
                    repriced.add(now);
                }
                if (best == null) {
                    break;
                }
                for (Price candidate : repriced) {
                    if (candidate.project() != best.project()) {
                        queue.add(candidate);
                    }
                }
                fund(exactly(best));
            }
            return this;
        }

        /**
         * Whether a project waiting in the queue could still be cheaper than the best found in this step (its
         * price there is a lower bound on its price now). With every price exact, as in the pass whose payments
         * are shown, this is the reference implementation's test, so projects drop out at the same moments;
         * otherwise a proven floor must be above the best's proven ceiling.
         */
        private boolean mayBeat(Price waiting, Price best) {
            return lazy ? !(waiting.floor() > best.ceiling()) : waiting.compareTo(best) <= 0;
        }

        /**
         * The price worked out exactly, in the same step as it was estimated (no money has moved since). The
         * exact ρ must fall within the bounds proven for it; if it ever did not, the count stops rather than
         * give a result that might be wrong.
         */
        private Price exactly(Price price) {
            if (price.isExact()) {
                return price;
            }
            long projectCost = instance.project(price.project()).cost();
            Rational exactRho;
            if (price.payingAll().length == 0) {
                exactRho = Rational.of(projectCost, price.richUtility());
            } else {
                BigInteger denominator = exact.denominator();
                exactRho = Rational.of(denominator.multiply(BigInteger.valueOf(projectCost))
                                .subtract(exact.sumNumeratorOf(price.payingAll(), price.payingAll().length)),
                        denominator.multiply(BigInteger.valueOf(price.richUtility())));
            }
            Price worked = Price.exactly(price.project(), price.rank(), exactRho, price.payingAll(),
                    price.richUtility());
            if (worked.ceiling() < price.floor() || worked.floor() > price.ceiling()) {
                throw new IllegalStateException("the exact price of project " + price.project()
                        + " is outside the bounds proven for it");
            }
            return worked;
        }

        /**
         * cost / (all supporters' utility): what ρ would be if everyone could pay, a lower bound on the real one. The
         * queue starts from these, so projects are first priced in earnest in the order the method needs them, and
         * one that cannot be afforded drops out (and notes what its supporters had left) at the same moment as in
         * the reference implementation.
         */
        private Price startingPrice(int project) {
            long totalUtility = allSupportersUtility[project];
            long projectCost = instance.project(project).cost();
            return Price.exactly(project, rank[project], Rational.of(projectCost, totalUtility), NOBODY,
                    totalUtility);
        }

        /**
         * The lowest ρ at which the project's supporters can pay for it, or null when all they have together is
         * less than its cost. ρ is the one price at which the supporters' payments, min(money, ρ × utility) each,
         * add up to the cost; it is estimated, worked out exactly from the estimate's split into those paying all
         * they have and those paying ρ × utility, and the split then checked against the exact ρ.
         */
        private Price price(int project) {
            int[] supporters = instance.supportersOf(project);
            int[] points = instance.pointsOf(project);
            boolean uniform = utility.isUniform();
            long each = uniform ? uniformUtility(project) : 0;
            long projectCost = instance.project(project).cost();
            int count = 0;
            long totalUtility = 0;
            double available = 0;
            double least = Double.MAX_VALUE;
            for (int position = 0; position < supporters.length; position++) {
                int voter = supporters[position];
                if (spentOut[voter]) {
                    continue;
                }
                long u = uniform ? each : points[position];
                holders[count] = voter;
                holderUtility[count++] = u;
                totalUtility += u;
                double m = money[voter];
                available += m;
                least = Math.min(least, m);
            }
            if (count == 0) {
                return cannotAfford(project, 0);
            }
            // Summing count estimates adds at most count × UNIT × (their absolute sum) of rounding.
            double absolute = Math.abs(available) + 2 * count * moneyError();
            int affordable = Estimates.compare(available, projectCost,
                    count * moneyError() + count * UNIT * absolute);
            if (affordable == 0) {
                affordable = exact.sumOf(holders, count).compareTo(projectCost) >= 0 ? 1 : -1;
            }
            if (affordable < 0) {
                return cannotAfford(project, count);
            }
            double estimate = (double) projectCost / totalUtility;
            if (uniform) {
                // The common case: even the poorest supporter can certainly pay an equal share of the cost.
                double due = estimate * each;
                if (Estimates.compare(least, due, moneyError() + 2 * UNIT * due) > 0) {
                    // cost and utility are exact doubles, so the estimate is one rounding from cost / utility.
                    return lazy ? new Price(project, rank[project], null, estimate, estimate * LOWER,
                            estimate * UPPER, NOBODY, totalUtility)
                            : Price.exactly(project, rank[project], Rational.of(projectCost, totalUtility), NOBODY,
                            totalUtility);
                }
            }
            return priceWithSomePayingAll(project, count, totalUtility, estimate);
        }

        private Price priceWithSomePayingAll(int project, int count, long totalUtility, double firstEstimate) {
            long projectCost = instance.project(project).cost();
            int poor = ++stamp;
            long richUtility = totalUtility;
            double paidByPoor = 0;
            int poorCount = 0;
            double estimate = firstEstimate;
            // Only voters with less than (reach × ρ × utility) can end up paying all they have while the estimate
            // stays below reach; rounds after the first look at those voters alone, until the estimate passes it.
            double reach = Double.NEGATIVE_INFINITY;
            int nearCount = 0;
            boolean settled = false;
            for (int round = 0; round < ESTIMATE_ROUNDS && !settled; round++) {
                settled = true;
                if (estimate >= reach) {
                    reach = 4 * estimate;
                    nearCount = 0;
                    for (int h = 0; h < count; h++) {
                        if (holderMark[h] != poor && money[holders[h]] < reach * holderUtility[h]) {
                            near[nearCount++] = h;
                        }
                    }
                }
                int stillNear = 0;
                for (int i = 0; i < nearCount; i++) {
                    int h = near[i];
                    if (money[holders[h]] < estimate * holderUtility[h]) {
                        holderMark[h] = poor;
                        paidByPoor += money[holders[h]];
                        richUtility -= holderUtility[h];
                        poorCount++;
                        settled = false;
                    } else {
                        near[stillNear++] = h;
                    }
                }
                nearCount = stillNear;
                if (richUtility <= 0) {
                    return exactPrice(project, count, totalUtility);
                }
                estimate = (projectCost - paidByPoor) / richUtility;
            }
            if (!settled) {
                return exactPrice(project, count, totalUtility);
            }
            int[] payingAll = new int[poorCount];
            int filled = 0;
            for (int h = 0; h < count; h++) {
                if (holderMark[h] == poor) {
                    payingAll[filled++] = holders[h];
                }
            }
            if (lazy) {
                Price bounded = bounded(project, count, poor, payingAll, paidByPoor, richUtility);
                if (bounded != null) {
                    return bounded;
                }
            }
            // ρ = (cost − what they have) / the others' utility, all in 1/L-ths: one fraction to reduce.
            BigInteger denominator = exact.denominator();
            Rational exactRho = Rational.of(
                    denominator.multiply(BigInteger.valueOf(projectCost))
                            .subtract(exact.sumNumeratorOf(payingAll, poorCount)),
                    denominator.multiply(BigInteger.valueOf(richUtility)));
            if (exactRho.signum() <= 0 || !splitHolds(count, poor, exactRho)) {
                return exactPrice(project, count, totalUtility);
            }
            return Price.exactly(project, rank[project], exactRho, payingAll, richUtility);
        }

        /**
         * The price as proven bounds, without exact arithmetic, or null when the estimates are too close to prove
         * them. Whoever is marked as paying all they have (P, with money S between them), ρ is at least
         * (cost − S) / the others' utility, since at any lower ρ the payments add up to less than the cost. If
         * moreover each voter in P certainly has less than that lower bound × utility and each other voter more
         * than the upper bound × utility, the split is the real one and ρ is exactly that fraction. S is known
         * within the voters' estimate error each, plus the rounding of adding them up.
         */
        private Price bounded(int project, int count, int poor, int[] payingAll, double paidByPoor,
                              long richUtility) {
            long projectCost = instance.project(project).cost();
            double error = moneyError();
            int poorCount = payingAll.length;
            // Each estimate is within error of money that is at least 0, so |estimate| ≤ estimate + 2 × error.
            double sumError = poorCount * error + (poorCount + 1) * UNIT * (Math.abs(paidByPoor)
                    + 2 * poorCount * error);
            double toShare = projectCost - paidByPoor;
            double slack = 2 * sumError + 4 * UNIT * (projectCost + Math.abs(paidByPoor));
            double floor = (toShare - slack) / richUtility * LOWER;
            double ceiling = (toShare + slack) / richUtility * UPPER;
            if (!(floor > 0)) {
                return null;
            }
            for (int h = 0; h < count; h++) {
                double u = holderUtility[h];
                double m = money[holders[h]];
                boolean certain = holderMark[h] == poor
                        ? Estimates.compare(m, floor * u, error + 2.02 * UNIT * floor * u) < 0
                        : Estimates.compare(m, ceiling * u, error + 2.02 * UNIT * ceiling * u) > 0;
                if (!certain) {
                    return null;
                }
            }
            return new Price(project, rank[project], null, toShare / richUtility, floor, ceiling, payingAll,
                    richUtility);
        }

        /**
         * Whether, at the exact ρ, every voter marked as paying all they have has at most ρ × utility and every
         * other has at least that much: then each payment is min(money, ρ × utility) and they add up to the cost,
         * so ρ is the project's price. (A voter with exactly ρ × utility pays the same either way.)
         */
        private boolean splitHolds(int count, int poor, Rational exactRho) {
            double estimate = Estimates.of(exactRho);
            double error = moneyError();
            for (int h = 0; h < count; h++) {
                double due = estimate * holderUtility[h];
                int side = Estimates.compare(money[holders[h]], due, error + 2.02 * UNIT * due);
                boolean paysAll = holderMark[h] == poor;
                if (paysAll ? side < 0 : side > 0) {
                    continue;
                }
                int exactSide = exact.of(holders[h]).compareTo(exactRho.times(holderUtility[h]));
                if (paysAll ? exactSide > 0 : exactSide < 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The price worked out from every supporter's exact money, poorest (per unit of utility) first, each paying
         * all they have until the rest can share what is left; for the rare project whose estimates were too close
         * to call. The supporters are known to afford it.
         */
        private Price exactPrice(int project, int count, long totalUtility) {
            long projectCost = instance.project(project).cost();
            Rational[] exactMoney = new Rational[count];
            Integer[] order = new Integer[count];
            for (int h = 0; h < count; h++) {
                exactMoney[h] = exact.of(holders[h]);
                order[h] = h;
            }
            Arrays.sort(order, (a, b) -> exactMoney[a].times(holderUtility[b])
                    .compareTo(exactMoney[b].times(holderUtility[a])));
            Rational paidByPoor = Rational.ZERO;
            long richUtility = totalUtility;
            for (int i = 0; i < count; i++) {
                int h = order[i];
                Rational toShare = Rational.of(projectCost).minus(paidByPoor);
                if (exactMoney[h].times(richUtility).compareTo(toShare.times(holderUtility[h])) >= 0) {
                    int[] payingAll = new int[i];
                    for (int j = 0; j < i; j++) {
                        payingAll[j] = holders[order[j]];
                    }
                    Rational exactRho = toShare.dividedBy(richUtility);
                    return Price.exactly(project, rank[project], exactRho, payingAll, richUtility);
                }
                paidByPoor = paidByPoor.plus(exactMoney[h]);
                richUtility -= holderUtility[h];
            }
            throw new IllegalStateException("supporters who can afford a project always include one who pays ρ");
        }

        /** The project drops out; in the pass whose results are shown, what its supporters had left is noted. */
        private Price cannotAfford(int project, int count) {
            if (recordPayments) {
                leftAmongSupporters[project] = exact.sumOf(holders, count);
            }
            return null;
        }

        /** Every supporter pays ρ × utility, or all they have when that is less. */
        private void fund(Price price) {
            int project = price.project();
            if (recordPayments) {
                payments[project] = payments(price);
            }
            funded.add(project);
            cost += instance.project(project).cost();
            for (int voter : price.payingAll()) {
                spentOut[voter] = true;
                money[voter] = 0;
            }
            int[] supporters = instance.supportersOf(project);
            int[] points = instance.pointsOf(project);
            boolean uniform = utility.isUniform();
            double due = price.estimate() * (uniform ? uniformUtility(project) : 0);
            for (int position = 0; position < supporters.length; position++) {
                int voter = supporters[position];
                if (!spentOut[voter]) {
                    money[voter] -= uniform ? due : price.estimate() * points[position];
                }
            }
            // Set last: until now, exact money must not count this project as paid for.
            rho[project] = price.rho();
            exact.paid(project, price.rho());
            projectsPaidFor++;
        }

        /**
         * Who paid what, exactly, as one table of distinct amounts in 1/L-ths of a unit, L being the exact money's
         * common denominator once it also covers this price.
         */
        private Payments payments(Price price) {
            int project = price.project();
            int payingAll = ++stamp;
            for (int voter : price.payingAll()) {
                voterMark[voter] = payingAll;
            }
            BigInteger denominator = price.rho().denominator().multiply(exact.denominator())
                    .divide(price.rho().denominator().gcd(exact.denominator()));
            BigInteger scaleMoney = denominator.divide(exact.denominator());
            BigInteger rhoNumerator = price.rho().numerator().multiply(denominator.divide(price.rho().denominator()));
            int[] supporters = instance.supportersOf(project);
            int[] points = instance.pointsOf(project);
            Map<BigInteger, Integer> index = new HashMap<>();
            List<BigInteger> amounts = new ArrayList<>();
            Map<Long, BigInteger> dueByUtility = new HashMap<>();
            int[] amountOf = new int[supporters.length];
            for (int position = 0; position < supporters.length; position++) {
                int voter = supporters[position];
                long u = utility.isUniform() ? uniformUtility(project) : points[position];
                BigInteger paid = spentOut[voter] ? BigInteger.ZERO
                        : voterMark[voter] == payingAll ? exact.numeratorOf(voter).multiply(scaleMoney)
                        : dueByUtility.computeIfAbsent(u, whole -> rhoNumerator.multiply(BigInteger.valueOf(whole)));
                amountOf[position] = index.computeIfAbsent(paid, amount -> {
                    amounts.add(amount);
                    return amounts.size() - 1;
                });
            }
            return new Payments(supporters, amountOf, amounts.toArray(BigInteger[]::new), denominator);
        }

        /** Each voter's starting share: budget / voters + the raise. */
        Rational share() {
            return Rational.of(instance.budget(), instance.voterCount()).plus(raise);
        }

        long raise() {
            return raise;
        }

        /** The funded projects in the order the pass funded them (free projects first). */
        List<Integer> funded() {
            return funded;
        }

        long cost() {
            return cost;
        }

        /** ρ for a funded project, zero for a free one, null otherwise. */
        Rational rho(int project) {
            return rho[project];
        }

        /** For a priced project that was not funded: what its supporters had left between them when it fell out. */
        Rational leftAmongSupporters(int project) {
            return leftAmongSupporters[project];
        }

        Payments payments(int project) {
            return payments[project];
        }
    }
}
