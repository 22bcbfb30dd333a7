package org.tandem.prioritisation.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who paid what for one project funded by equal shares: every supporter's payment, exact. Held as one small table
 * of distinct amounts (whole numbers of 1/L-ths of a unit, for the pass's denominator L when it was funded) and,
 * per supporter, which amount they paid, because most supporters pay the same price; fractions are made only when
 * asked for.
 */
public final class Payments {

    /** How many supporters paid one amount. */
    public record Share(Rational amount, int voters) {
    }

    private final int[] voters;
    private final int[] amountOf;
    private final BigInteger[] amounts;
    private final BigInteger denominator;

    Payments(int[] voters, int[] amountOf, BigInteger[] amounts, BigInteger denominator) {
        this.voters = voters;
        this.amountOf = amountOf;
        this.amounts = amounts;
        this.denominator = denominator;
    }

    /** What the voter (by index in the instance) paid towards the project: zero when they do not support it. */
    public Rational paidBy(int voter) {
        int position = Arrays.binarySearch(voters, voter);
        return position < 0 ? Rational.ZERO : Rational.of(amounts[amountOf[position]], denominator);
    }

    /** The amounts paid, largest first, each with how many supporters paid it. */
    public List<Share> shares() {
        Map<BigInteger, Integer> counts = new LinkedHashMap<>();
        for (int position = 0; position < voters.length; position++) {
            counts.merge(amounts[amountOf[position]], 1, Integer::sum);
        }
        List<Share> shares = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<BigInteger, Integer>comparingByKey().reversed())
                .forEach(entry -> shares.add(new Share(Rational.of(entry.getKey(), denominator), entry.getValue())));
        return shares;
    }

    /** How many supporters paid exactly this amount. */
    public int votersPaying(Rational amount) {
        BigInteger[] whole = amount.numerator().multiply(denominator).divideAndRemainder(amount.denominator());
        if (whole[1].signum() != 0) {
            return 0;
        }
        int count = 0;
        for (int position = 0; position < voters.length; position++) {
            if (amounts[amountOf[position]].equals(whole[0])) {
                count++;
            }
        }
        return count;
    }

    public Rational total() {
        BigInteger total = BigInteger.ZERO;
        for (int position = 0; position < voters.length; position++) {
            total = total.add(amounts[amountOf[position]]);
        }
        return Rational.of(total, denominator);
    }
}
