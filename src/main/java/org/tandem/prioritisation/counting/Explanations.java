package org.tandem.prioritisation.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes the sentence a results page shows under each project, with the numbers that decided it. */
final class Explanations {

    private final PbInstance instance;
    private final CountingMethod method;
    private final EqualShares.Pass pass;

    Explanations(PbInstance instance, CountingMethod method, EqualShares.Pass pass) {
        this.instance = instance;
        this.method = method;
        this.pass = pass;
    }

    String explain(ProjectOutcome outcome) {
        long cost = outcome.project().cost();
        String supporters = people(outcome.supporters());
        return switch (outcome.verdict()) {
            case FUNDED_FREE -> "Funded: it costs nothing and " + supporters + " supported it.";
            case FUNDED_BY_EQUAL_SHARES -> boughtByEqualShares(outcome);
            case FUNDED_BY_COMPLETION -> "Funded when the money equal shares left was spent greedily: " + supporters
                    + " supported it and its cost of " + money(cost) + " fitted in the " + money(leftBefore(outcome))
                    + " left.";
            case FUNDED_BY_GREEDY -> "Funded " + ordinal(outcome.fundedOrder()) + ", with " + support(outcome)
                    + ": its cost of " + money(cost) + " fitted in the " + money(leftBefore(outcome))
                    + " left.";
            case LOST_NO_SUPPORT -> "Not funded: nobody voted for it.";
            case LOST_COSTS_MORE_THAN_BUDGET -> "Not funded: it costs " + money(cost) + ", more than the whole budget"
                    + " of " + money(instance.budget()) + ".";
            case LOST_SUPPORTERS_SHARES_TOO_SMALL -> "Not funded: its " + supporters + " had "
                    + money(outcome.leftAmongSupporters()) + " of their equal shares left between them, less than"
                    + " its cost of " + money(cost) + ".";
            case LOST_NOT_ENOUGH_LEFT -> (outcome.leftAmongSupporters() == null ? ""
                    : "Equal shares could not buy it: its " + supporters + " had "
                    + money(outcome.leftAmongSupporters()) + " left between them. ")
                    + "Not funded: when its turn came (with " + support(outcome) + ") only "
                    + money(outcome.leftInBudget()) + " of the budget was left, less than its cost of "
                    + money(cost) + ".";
        };
    }

    private String boughtByEqualShares(ProjectOutcome outcome) {
        StringBuilder text = new StringBuilder("Funded by equal shares, ").append(ordinal(outcome.fundedOrder()))
                .append(", with each voter's share at ").append(money(pass.share())).append(": ");
        if (outcome.pricePerSupporter() != null) {
            text.append("its cost of ").append(money(outcome.project().cost())).append(" was shared by its ")
                    .append(people(outcome.supporters())).append(" at a price of ρ = ")
                    .append(money(outcome.pricePerSupporter())).append(" each");
        } else {
            text.append("its cost of ").append(money(outcome.project().cost())).append(" was shared by its ")
                    .append(people(outcome.supporters())).append(" at ρ = ").append(money(outcome.rho()))
                    .append(" per point given");
        }
        long paidLess = outcome.pricePerSupporter() == null ? 0
                : outcome.supporters() - outcome.payments().votersPaying(outcome.pricePerSupporter());
        if (paidLess > 0) {
            text.append("; ").append(people(paidLess)).append(" could not afford that and paid all they had left");
        }
        return text.append('.').toString();
    }

    /** What was left of the budget when the greedy pass reached the project. */
    private static long leftBefore(ProjectOutcome outcome) {
        return outcome.leftInBudget();
    }

    private String support(ProjectOutcome outcome) {
        return instance.kind().hasPoints() ? outcome.score() + " points from " + people(outcome.supporters())
                : people(outcome.supporters());
    }

    private static String people(long count) {
        return count == 1 ? "1 supporter" : count + " supporters";
    }

    private static String ordinal(int order) {
        int lastTwo = order % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (order % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return order + suffix;
    }

    static String money(long amount) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    /** Two decimal places to read, and the exact fraction beside it when rounding hid something. */
    static String money(Rational amount) {
        if (amount.denominator().equals(BigInteger.ONE)) {
            return money(amount.numerator().longValueExact());
        }
        BigDecimal shown = amount.toDecimal(2);
        String text = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(shown);
        boolean exact = Rational.of(shown.unscaledValue(), BigInteger.TEN.pow(shown.scale())).equals(amount);
        return exact ? text : text + " (exactly " + amount + ")";
    }
}
