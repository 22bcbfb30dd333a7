package org.tandem.prioritisation.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.tandem.prioritisation.counting.CountResult;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.counting.ProjectOutcome;
import org.tandem.prioritisation.counting.Rational;
import org.tandem.prioritisation.counting.RuleComparison;

/** What {@code tandem pb count} prints: the instance, the winners in funding order, and the totals. */
final class CountReport {

    private final PbInstance instance;
    private final PrintStream out;

    CountReport(PbInstance instance, PrintStream out) {
        this.instance = instance;
        this.out = out;
    }

    void header(String fileName) {
        out.println(fileName + ": " + instance.kind().pabulibName() + " ballots, " + number(instance.voterCount())
                + " voters, " + number(instance.projectCount()) + " projects, budget " + number(instance.budget()));
    }

    void result(CountResult result, boolean explain) {
        out.print(result.method().label());
        if (result.share() != null) {
            out.print("; each voter's share " + amount(result.share()));
            if (result.add1Rounds() > 0) {
                out.print(" after " + result.add1Rounds() + " Add1 rounds");
            }
        }
        out.println();
        out.println("Winners (" + result.winners().size() + "), in the order funded:");
        for (ProjectOutcome winner : result.winners()) {
            out.println(String.format(Locale.UK, "%4d. %-10s %12s  %s", winner.fundedOrder(),
                    winner.project().id(), number(winner.project().cost()), shorten(winner.project().name())));
        }
        out.println("Budget used: " + number(result.budgetUsed()) + " of " + number(result.budget()) + " ("
                + number(result.budgetLeft()) + " left)");
        out.println("Voters with a funded project they supported: " + number(result.votersWithAWinner()) + " of "
                + number(result.voters()) + " (" + percent(result.shareOfVotersWithAWinner()) + ")");
        if (explain) {
            out.println("Why, project by project:");
            for (ProjectOutcome outcome : result.projects()) {
                out.println("  " + outcome.project().id() + " " + shorten(outcome.project().name()) + ": "
                        + outcome.explanation());
            }
        }
    }

    void comparison(RuleComparison comparison) {
        CountResult greedy = comparison.greedy();
        CountResult mes = comparison.equalShares();
        out.println();
        out.println(String.format(Locale.UK, "%-52s %16s %16s", "", "Greedy", "Equal shares"));
        out.println(String.format(Locale.UK, "%-52s %16s %16s", "Voters with a funded project they supported",
                percent(greedy.shareOfVotersWithAWinner()), percent(mes.shareOfVotersWithAWinner())));
        out.println(String.format(Locale.UK, "%-52s %16s %16s", "Budget used", number(greedy.budgetUsed()),
                number(mes.budgetUsed())));
        out.println(String.format(Locale.UK, "%-52s %16s %16s", "Projects funded", number(greedy.winners().size()),
                number(mes.winners().size())));
        out.println("Funded only by equal shares: " + String.join(", ", comparison.fundedOnlyByEqualShares()));
        out.println("Funded only by greedy: " + String.join(", ", comparison.fundedOnlyByGreedy()));
    }

    private static String shorten(String name) {
        return name.length() > 70 ? name.substring(0, 69) + "…" : name;
    }

    private static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    private static String amount(Rational value) {
        BigDecimal shown = value.toDecimal(2);
        String text = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(shown);
        return value.denominator().equals(java.math.BigInteger.ONE) ? text : text + " (exactly " + value + ")";
    }

    private static String percent(Rational share) {
        return share.times(100).toDecimal(1).setScale(1, RoundingMode.HALF_EVEN) + "%";
    }
}
