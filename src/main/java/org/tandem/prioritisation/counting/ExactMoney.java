package org.tandem.prioritisation.counting;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Exact money of voters during one equal-shares pass, worked out from the prices paid instead of being kept per
 * voter.
 *
 * <p>Why this is exact: a voter who cannot pay ρ × utility for a project pays all they have and has nothing left,
 * so a voter who still has money has paid exactly ρ_q × u_q for every funded project q they support. Their money is
 * {@code share − Σ ρ_q × u_q}, and for a set of such voters the total is
 * {@code voters × share − Σ ρ_q × (their utility for q, added up)}: one exact product per funded project, however
 * many voters are summed.
 *
 * <p>The share and the prices are held as whole numbers of 1/L-ths of a unit for one common denominator L (the
 * least common multiple of the voters' count and the prices' denominators), so these sums are integer
 * multiplications and additions, with no fraction to reduce until a result is wanted.
 */
final class ExactMoney {

    private final PbInstance instance;
    private final Utility utility;
    private BigInteger denominator;
    private BigInteger share;
    /** Each funded project's ρ in 1/L-ths (null while a project is not funded, or when it was free). */
    private final BigInteger[] rho;
    /** Each project's utility to every supporter, for approval utilities; unused for points. */
    private final long[] uniformUtility;
    private final long[] utilityFor;
    private final int[] touched;
    /** Voters with the same funded projects (and points) have the same money: worked out once for all of them. */
    private final Map<Signature, BigInteger> bySignature = new HashMap<>();

    ExactMoney(PbInstance instance, Utility utility, Rational share) {
        this.instance = instance;
        this.utility = utility;
        this.denominator = share.denominator();
        this.share = share.numerator();
        this.rho = new BigInteger[instance.projectCount()];
        this.utilityFor = new long[instance.projectCount()];
        this.uniformUtility = new long[instance.projectCount()];
        for (int project = 0; project < uniformUtility.length; project++) {
            uniformUtility[project] = utility == Utility.COST ? instance.project(project).cost() : 1;
        }
        this.touched = new int[instance.projectCount()];
    }

    /** The project has been funded at this ρ: its supporters who still have money have paid ρ × utility. */
    void paid(int project, Rational price) {
        if (price.isZero()) {
            return;
        }
        BigInteger[] split = denominator.divideAndRemainder(price.denominator());
        if (split[1].signum() != 0) {
            // L must become a multiple of ρ's denominator: scale everything written in 1/L-ths up to match.
            BigInteger factor = price.denominator().divide(price.denominator().gcd(denominator));
            denominator = denominator.multiply(factor);
            share = share.multiply(factor);
            for (int q = 0; q < rho.length; q++) {
                if (rho[q] != null) {
                    rho[q] = rho[q].multiply(factor);
                }
            }
            bySignature.clear();
        }
        rho[project] = price.numerator().multiply(denominator.divide(price.denominator()));
    }

    /** The common denominator L that {@link #numeratorOf} is written over. */
    BigInteger denominator() {
        return denominator;
    }

    /** A voter's money now; only for a voter who has not paid all they had (their money is then zero). */
    Rational of(int voter) {
        return Rational.of(numeratorOf(voter), denominator);
    }

    /** A voter's money now in 1/L-ths; only for a voter who has not paid all they had. */
    BigInteger numeratorOf(int voter) {
        int start = instance.ballotStart(voter);
        int end = instance.ballotEnd(voter);
        long[] parts = new long[end - start];
        int size = 0;
        for (int entry = start; entry < end; entry++) {
            int project = instance.entryProject(entry);
            int points = instance.entryPoints(entry);
            if (points > 0 && rho[project] != null) {
                parts[size++] = ((long) project << 32) | (utility == Utility.POINTS ? points : 0);
            }
        }
        Signature signature = new Signature(Arrays.copyOf(parts, size));
        BigInteger money = bySignature.get(signature);
        if (money == null) {
            money = share;
            for (long part : signature.parts()) {
                int project = (int) (part >>> 32);
                money = money.subtract(times(rho[project], utilityOf(project, (int) part)));
            }
            bySignature.put(signature, money);
        }
        return money;
    }

    /** The money of {@code voters[0..count)} together; none of them may have paid all they had. */
    Rational sumOf(int[] voters, int count) {
        return Rational.of(sumNumeratorOf(voters, count), denominator);
    }

    /** {@link #sumOf} in 1/L-ths of a unit, for L = {@link #denominator()}. */
    BigInteger sumNumeratorOf(int[] voters, int count) {
        int projects = 0;
        for (int i = 0; i < count; i++) {
            int voter = voters[i];
            for (int entry = instance.ballotStart(voter); entry < instance.ballotEnd(voter); entry++) {
                int project = instance.entryProject(entry);
                int points = instance.entryPoints(entry);
                if (points > 0 && rho[project] != null) {
                    if (utilityFor[project] == 0) {
                        touched[projects++] = project;
                    }
                    utilityFor[project] += utilityOf(project, points);
                }
            }
        }
        BigInteger total = times(share, count);
        for (int i = 0; i < projects; i++) {
            int project = touched[i];
            total = total.subtract(times(rho[project], utilityFor[project]));
            utilityFor[project] = 0;
        }
        return total;
    }

    private static BigInteger times(BigInteger amount, long whole) {
        return whole == 1 ? amount : amount.multiply(BigInteger.valueOf(whole));
    }

    private long utilityOf(int project, int points) {
        return utility == Utility.POINTS ? points : uniformUtility[project];
    }

    /** The funded projects a voter supports, with the points given when utility is points. */
    private record Signature(long[] parts) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Signature that && Arrays.equals(parts, that.parts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(parts);
        }
    }
}
