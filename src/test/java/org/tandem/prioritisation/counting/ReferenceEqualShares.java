package org.tandem.prioritisation.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The earlier implementation of one equal-shares pass, kept as the slow reference that the fast one in
 * {@link EqualShares} is compared with ({@code FastCountingMatchesReferenceTest}): all money exact in
 * {@code BigInteger}, no approximation anywhere.
 *
 * <p>One pass of the Method of Equal Shares with a given share per voter (equalshares.net; Peters and Skowron 2020).
 * Each voter starts with the share; at each step the project whose supporters can pay its cost with the lowest
 * price per unit of utility ρ is funded, each supporter paying ρ × their utility or, if that is less, all they
 * have left; the pass ends when no project's supporters can afford it.
 *
 * <p>Exact and fast at once:
 * <ul>
 *   <li>All money in a pass is a whole number of 1/L-ths of a currency unit, for one common denominator L: adding
 *   and comparing amounts is then integer arithmetic, with no fractions to reduce. L starts as the number of voters
 *   (so the share is whole) and is multiplied up only when a price does not divide; amounts written under an older
 *   L are scaled up when next read.</li>
 *   <li>Voters who have paid for the same projects at the same prices have the same money left, so money is held
 *   per <em>budget class</em> shared by all its voters.</li>
 *   <li>Voters only lose money, so a project's last price is a lower bound on its price now: a step re-prices
 *   projects cheapest first and stops once no project left could beat the best found.</li>
 * </ul>
 */
final class ReferenceEqualShares {

    private static final int ZERO_CLASS = 0;

    private final PbInstance instance;
    private final Utility utility;
    private final int[] rank;
    private final long[] totalUtility;

    ReferenceEqualShares(PbInstance instance, Utility utility, int[] rank) {
        this.instance = instance;
        this.utility = utility;
        this.rank = rank;
        this.totalUtility = new long[instance.projectCount()];
        for (int project = 0; project < totalUtility.length; project++) {
            for (int position = 0; position < instance.supportersOf(project).length; position++) {
                totalUtility[project] += utilityOf(project, position);
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

    private long utilityOf(int project, int supporterPosition) {
        return switch (utility) {
            case CARDINALITY -> 1;
            case COST -> instance.project(project).cost();
            case POINTS -> instance.pointsOf(project)[supporterPosition];
        };
    }

    /**
     * A price per unit of utility, exactly {@code amount / (utility × denominator)}: amount in 1/L-ths of a unit,
     * spread over {@code utility} units of the supporters' utility, under the L in force when it was worked out.
     */
    private record Price(int project, int rank, BigInteger amount, BigInteger utility, BigInteger denominator)
            implements Comparable<Price> {

        @Override
        public int compareTo(Price other) {
            int byPrice = amount.multiply(other.utility).multiply(other.denominator)
                    .compareTo(other.amount.multiply(utility).multiply(denominator));
            return byPrice != 0 ? byPrice : Integer.compare(rank, other.rank);
        }

        Rational exact() {
            return Rational.of(amount, utility.multiply(denominator));
        }
    }

    /** What one pass funded, at which prices, and what the supporters of everything else had left. */
    final class Pass {

        private final long raise;
        private final boolean recordPayments;
        private final List<Integer> funded = new ArrayList<>();
        private final Rational[] rho;
        private final BigInteger[] leftAmongSupporters;
        private final BigInteger[] leftDenominator;
        private final Payments[] payments;
        private long cost;

        private final int[] voterClass;
        private BigInteger[] classMoney = new BigInteger[1024];
        private int[] classEpoch = new int[1024];
        private int classes;
        /** The common denominator L of each epoch; the last is the one in force. */
        private final List<BigInteger> denominators = new ArrayList<>();
        private BigInteger[] scaleToNow = new BigInteger[64];
        // Which change each class takes in the funding under way (valid where stampOfClass equals stamp).
        private int[] changeOfClass = new int[1024];
        private int[] stampOfClass = new int[1024];
        private int stamp;
        // Scratch space for gathering one project's supporters by class.
        private int[] countInClass = new int[1024];
        private final int[] touched = new int[instance.voterCount()];

        private Pass(long raise, boolean recordPayments) {
            this.raise = raise;
            this.recordPayments = recordPayments;
            int projects = instance.projectCount();
            this.rho = new Rational[projects];
            this.leftAmongSupporters = new BigInteger[projects];
            this.leftDenominator = new BigInteger[projects];
            this.payments = new Payments[projects];
            this.voterClass = new int[instance.voterCount()];
            long voters = instance.voterCount();
            denominators.add(BigInteger.valueOf(voters));
            // share = budget / voters + raise, in 1/voters-ths of a unit: budget + raise × voters
            BigInteger share = BigInteger.valueOf(instance.budget())
                    .add(BigInteger.valueOf(raise).multiply(BigInteger.valueOf(voters)));
            newClass(BigInteger.ZERO);
            newClass(share);
            Arrays.fill(voterClass, 1);
        }

        private int newClass(BigInteger money) {
            if (classes == classMoney.length) {
                classMoney = Arrays.copyOf(classMoney, classes * 2);
                classEpoch = Arrays.copyOf(classEpoch, classes * 2);
            }
            classMoney[classes] = money;
            classEpoch[classes] = denominators.size() - 1;
            return classes++;
        }

        /** A class's money in 1/L-ths under the L in force now. */
        private BigInteger money(int budgetClass) {
            int now = denominators.size() - 1;
            if (classEpoch[budgetClass] != now) {
                classMoney[budgetClass] = classMoney[budgetClass].multiply(scaleToNow(classEpoch[budgetClass]));
                classEpoch[budgetClass] = now;
            }
            return classMoney[budgetClass];
        }

        /** L now / L then: what an amount written in an earlier epoch is multiplied by to read it now. */
        private BigInteger scaleToNow(int epoch) {
            if (scaleToNow.length < denominators.size()) {
                scaleToNow = new BigInteger[denominators.size() * 2];
            }
            if (scaleToNow[epoch] == null) {
                scaleToNow[epoch] = denominators.getLast().divide(denominators.get(epoch));
            }
            return scaleToNow[epoch];
        }

        /**
         * Whether the class has less than {@code threshold} (in 1/L-ths now) without scaling its money up: for an
         * amount X written under an earlier L, X × scale < T exactly when X < ⌈T / scale⌉, worked out once per epoch.
         */
        private boolean hasLessThan(int budgetClass, BigInteger threshold, BigInteger[] thresholdByEpoch) {
            int epoch = classEpoch[budgetClass];
            if (thresholdByEpoch[epoch] == null) {
                thresholdByEpoch[epoch] = epoch == denominators.size() - 1 ? threshold
                        : ceilingDivide(threshold, scaleToNow(epoch));
            }
            return classMoney[budgetClass].compareTo(thresholdByEpoch[epoch]) < 0;
        }

        private BigInteger denominator() {
            return denominators.getLast();
        }

        private BigInteger costNow(int project) {
            return BigInteger.valueOf(instance.project(project).cost()).multiply(denominator());
        }

        private Pass run() {
            for (int project = 0; project < instance.projectCount(); project++) {
                if (isFree(project)) {
                    funded.add(project);
                    rho[project] = Rational.ZERO;
                }
            }
            PriorityQueue<Price> queue = new PriorityQueue<>();
            for (int project = 0; project < instance.projectCount(); project++) {
                if (isPriced(project)) {
                    queue.add(new Price(project, rank[project], costNow(project),
                            BigInteger.valueOf(totalUtility[project]), denominator()));
                }
            }
            List<Price> repriced = new ArrayList<>();
            while (!queue.isEmpty()) {
                Price best = null;
                repriced.clear();
                while (!queue.isEmpty() && (best == null || queue.peek().compareTo(best) <= 0)) {
                    Price now = price(queue.poll().project());
                    if (now == null) {
                        continue;
                    }
                    repriced.add(now);
                    if (best == null || now.compareTo(best) < 0) {
                        best = now;
                    }
                }
                if (best == null) {
                    break;
                }
                for (Price candidate : repriced) {
                    if (candidate != best) {
                        queue.add(candidate);
                    }
                }
                fund(best);
            }
            return this;
        }

        /**
         * The lowest ρ at which the project's supporters can pay for it, or null when all they have together is
         * less than its cost. The poor/rich split: assume everyone pays ρ × utility, mark those who have less as
         * paying all they have, share the rest of the cost among the others, until no one new is marked. If
         * everyone ends up marked, the supporters cannot afford it.
         */
        private Price price(int project) {
            Groups groups = group(project);
            BigInteger cost = costNow(project);
            long utility = 0;
            for (int g = 0; g < groups.size; g++) {
                utility += groups.utility[g] * groups.count[g];
            }
            if (utility > 0 && nobodyIsShort(groups, cost, BigInteger.valueOf(utility))) {
                return new Price(project, rank[project], cost, BigInteger.valueOf(utility), denominator());
            }
            return priceWithSomePaying(project, groups, cost, utility);
        }

        /** Whether every group can pay ρ × utility at ρ = cost / utility, the price when no one is short. */
        private boolean nobodyIsShort(Groups groups, BigInteger cost, BigInteger utility) {
            BigInteger[] thresholdByEpoch = new BigInteger[denominators.size()];
            long thresholdFor = -1;
            BigInteger threshold = null;
            for (int g = 0; g < groups.size; g++) {
                if (groups.utility[g] != thresholdFor) {
                    // money < ρ × u, with ρ = cost / utility; in whole 1/L-ths: money < ⌈cost × u / utility⌉
                    thresholdFor = groups.utility[g];
                    threshold = ceilingDivide(cost.multiply(BigInteger.valueOf(thresholdFor)), utility);
                    Arrays.fill(thresholdByEpoch, null);
                }
                if (hasLessThan(groups.budgetClass[g], threshold, thresholdByEpoch)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * When some supporters cannot pay an equal price: take them from the poorest (money per unit of utility)
         * up, each paying all they have, until the rest can share what is left of the cost; as pabutools and
         * equalshares.net do. Null, and what the supporters had between them noted, when they cannot pay it all.
         */
        private Price priceWithSomePaying(int project, Groups groups, BigInteger cost, long supportersUtility) {
            BigInteger[] money = new BigInteger[groups.size];
            BigInteger available = BigInteger.ZERO;
            for (int g = 0; g < groups.size; g++) {
                money[g] = money(groups.budgetClass[g]);
                available = available.add(groups.count[g] == 1 ? money[g]
                        : money[g].multiply(BigInteger.valueOf(groups.count[g])));
            }
            if (available.compareTo(cost) < 0) {
                leftAmongSupporters[project] = available;
                leftDenominator[project] = denominator();
                return null;
            }
            Integer[] order = new Integer[groups.size];
            for (int g = 0; g < groups.size; g++) {
                order[g] = g;
            }
            if (utility.isUniform()) {
                Arrays.sort(order, (a, b) -> money[a].compareTo(money[b]));
            } else {
                Arrays.sort(order, (a, b) -> money[a].multiply(BigInteger.valueOf(groups.utility[b]))
                        .compareTo(money[b].multiply(BigInteger.valueOf(groups.utility[a]))));
            }
            BigInteger paidByPoor = BigInteger.ZERO;
            long richUtility = supportersUtility;
            for (int g : order) {
                BigInteger toShare = cost.subtract(paidByPoor);
                // rich when money ≥ ρ × u with ρ = toShare / richUtility; the supporters can afford it, so one is
                if (money[g].multiply(BigInteger.valueOf(richUtility))
                        .compareTo(toShare.multiply(BigInteger.valueOf(groups.utility[g]))) >= 0) {
                    return new Price(project, rank[project], toShare, BigInteger.valueOf(richUtility),
                            denominator());
                }
                paidByPoor = paidByPoor.add(groups.count[g] == 1 ? money[g]
                        : money[g].multiply(BigInteger.valueOf(groups.count[g])));
                richUtility -= groups.utility[g] * groups.count[g];
            }
            throw new IllegalStateException("supporters who can afford a project always include one who pays ρ");
        }

        /** The project's supporters who have money left, gathered by budget class (and utility, for points). */
        private Groups group(int project) {
            int[] supporters = instance.supportersOf(project);
            if (utility != Utility.POINTS) {
                if (countInClass.length < classes) {
                    countInClass = Arrays.copyOf(countInClass, Math.max(classes, countInClass.length * 2));
                }
                int distinct = 0;
                for (int voter : supporters) {
                    int budgetClass = voterClass[voter];
                    if (budgetClass != ZERO_CLASS && countInClass[budgetClass]++ == 0) {
                        touched[distinct++] = budgetClass;
                    }
                }
                Groups groups = new Groups(distinct);
                long each = utilityOf(project, 0);
                for (int i = 0; i < distinct; i++) {
                    groups.add(touched[i], each, countInClass[touched[i]]);
                    countInClass[touched[i]] = 0;
                }
                return groups;
            }
            Map<Long, Integer> index = new HashMap<>();
            Groups groups = new Groups(supporters.length);
            for (int position = 0; position < supporters.length; position++) {
                int budgetClass = voterClass[supporters[position]];
                if (budgetClass == ZERO_CLASS) {
                    continue;
                }
                long points = utilityOf(project, position);
                Integer g = index.putIfAbsent(((long) budgetClass << 32) | points, groups.size);
                if (g == null) {
                    groups.add(budgetClass, points, 1);
                } else {
                    groups.count[g]++;
                }
            }
            return groups;
        }

        /**
         * Every supporter pays ρ × utility, or what they have left when that is less. First L is multiplied up, if
         * need be, so that ρ is a whole number of 1/L-ths.
         */
        private void fund(Price price) {
            int project = price.project();
            funded.add(project);
            rho[project] = price.exact();
            cost += instance.project(project).cost();
            // The price was just worked out under the L in force, so price.denominator() is L.
            boolean uniform = utility != Utility.POINTS;
            BigInteger each = uniform ? price.amount().multiply(BigInteger.valueOf(utilityOf(project, 0)))
                    : price.amount();
            BigInteger[] split = each.divideAndRemainder(price.utility());
            if (split[1].signum() != 0) {
                BigInteger factor = price.utility().divide(each.gcd(price.utility()));
                denominators.add(denominator().multiply(factor));
                Arrays.fill(scaleToNow, null);
                each = each.multiply(factor);
            }
            // what one supporter pays (approval utilities) or what one point costs (points), in 1/L-ths
            BigInteger perShare = each.divide(price.utility());
            int[] supporters = instance.supportersOf(project);
            ClassChanges changes = new ClassChanges(uniform);
            List<BigInteger> amounts = new ArrayList<>();
            int[] paidAmount = recordPayments ? new int[supporters.length] : null;
            for (int position = 0; position < supporters.length; position++) {
                int voter = supporters[position];
                int budgetClass = voterClass[voter];
                long points = utilityOf(project, position);
                int change = changes.find(budgetClass, points);
                if (change < 0) {
                    BigInteger money = money(budgetClass);
                    BigInteger due = uniform ? perShare : perShare.multiply(BigInteger.valueOf(points));
                    BigInteger pays = money.min(due);
                    BigInteger left = money.subtract(pays);
                    change = changes.add(budgetClass, points, left.signum() == 0 ? ZERO_CLASS : newClass(left));
                    if (recordPayments) {
                        amounts.add(pays);
                    }
                }
                voterClass[voter] = changes.after(change);
                if (recordPayments) {
                    paidAmount[position] = change;
                }
            }
            if (recordPayments) {
                payments[project] = new Payments(supporters, paidAmount, amounts.toArray(BigInteger[]::new),
                        denominator());
            }
        }

        /**
         * The classes voters move to as they pay for one project: all voters of one class (with one utility) pay
         * the same and move to the same new class. Indexed by class for approval utilities, which is every vote
         * the size of a city's; by class and points otherwise.
         */
        private final class ClassChanges {
            private final boolean byClass;
            private final Map<Long, Integer> byKey = new HashMap<>();
            private final List<Integer> afterClass = new ArrayList<>();

            ClassChanges(boolean byClass) {
                this.byClass = byClass;
                if (byClass) {
                    changeOfClass = changeOfClass.length < classes ? new int[classes * 2] : changeOfClass;
                    stampOfClass = stampOfClass.length < classes ? new int[classes * 2] : stampOfClass;
                    stamp++;
                }
            }

            int find(int budgetClass, long points) {
                if (byClass) {
                    return budgetClass < stampOfClass.length && stampOfClass[budgetClass] == stamp
                            ? changeOfClass[budgetClass] : -1;
                }
                return byKey.getOrDefault(((long) budgetClass << 32) | points, -1);
            }

            int add(int budgetClass, long points, int after) {
                int change = afterClass.size();
                afterClass.add(after);
                if (byClass) {
                    stampOfClass[budgetClass] = stamp;
                    changeOfClass[budgetClass] = change;
                } else {
                    byKey.put(((long) budgetClass << 32) | points, change);
                }
                return change;
            }

            int after(int change) {
                return afterClass.get(change);
            }
        }

        private static BigInteger ceilingDivide(BigInteger numerator, BigInteger denominator) {
            BigInteger[] split = numerator.divideAndRemainder(denominator);
            return split[1].signum() > 0 ? split[0].add(BigInteger.ONE) : split[0];
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
            return leftAmongSupporters[project] == null ? null
                    : Rational.of(leftAmongSupporters[project], leftDenominator[project]);
        }

        Payments payments(int project) {
            return payments[project];
        }
    }

    /** A project's supporters gathered by (budget class, utility), with how many voters are in each group. */
    private static final class Groups {
        final int[] budgetClass;
        final long[] utility;
        final int[] count;
        int size;

        Groups(int capacity) {
            budgetClass = new int[capacity];
            utility = new long[capacity];
            count = new int[capacity];
        }

        void add(int budgetClassOf, long utilityOf, int countOf) {
            budgetClass[size] = budgetClassOf;
            utility[size] = utilityOf;
            count[size++] = countOf;
        }
    }
}
