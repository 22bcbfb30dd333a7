package org.tandem.prioritisation.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who paid what for one project funded by equal shares: every supporter's payment, exact. Held as one small table
 * of distinct amounts and, per supporter, which amount they paid, because most supporters pay the same price.
 */
public final class Payments {

    /** How many supporters paid one amount. */
    public record Share(Rational amount, int voters) {
    }

    private final int[] voters;
    private final int[] amountOf;
    private final Rational[] amounts;

    Payments(int[] voters, int[] amountOf, Rational[] amounts) {
        this.voters = voters;
        this.amountOf = amountOf;
        this.amounts = amounts;
    }

    /** What the voter (by index in the instance) paid towards the project: zero when they do not support it. */
    public Rational paidBy(int voter) {
        int position = Arrays.binarySearch(voters, voter);
        return position < 0 ? Rational.ZERO : amounts[amountOf[position]];
    }

    /** The amounts paid, largest first, each with how many supporters paid it. */
    public List<Share> shares() {
        Map<Rational, Integer> counts = new LinkedHashMap<>();
        for (int position = 0; position < voters.length; position++) {
            counts.merge(amounts[amountOf[position]], 1, Integer::sum);
        }
        List<Share> shares = new ArrayList<>();
        counts.forEach((amount, count) -> shares.add(new Share(amount, count)));
        shares.sort((a, b) -> b.amount().compareTo(a.amount()));
        return shares;
    }

    public Rational total() {
        Rational total = Rational.ZERO;
        for (Share share : shares()) {
            total = total.plus(share.amount().times(share.voters()));
        }
        return total;
    }
}
