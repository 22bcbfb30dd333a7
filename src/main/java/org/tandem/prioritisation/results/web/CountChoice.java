package org.tandem.prioritisation.results.web;

import java.util.Arrays;
import java.util.List;
import org.tandem.platform.Choice;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.Utility;

/** The counting methods an officer can choose from, as one choice on the count form. */
enum CountChoice {
    DEFAULT("The process's usual method", "The Method of Equal Shares, then Add1 and greedy to spend what is left: "
            + "with each project's cost as what it is worth to its supporters for approval ballots, and the points "
            + "given for cumulative ballots", null),
    MES_CARDINALITY("Equal shares, every project worth the same", "The Method of Equal Shares with Add1, where each "
            + "project counts the same to its supporters whatever it costs",
            CountingMethod.equalShares(Utility.CARDINALITY, Completion.ADD1)),
    MES_COST("Equal shares, by cost", "The Method of Equal Shares with Add1, where a bigger project counts for more "
            + "to its supporters", CountingMethod.equalShares(Utility.COST, Completion.ADD1)),
    MES_POINTS("Equal shares, by points", "The Method of Equal Shares with Add1, by the points each voter gave "
            + "(cumulative ballots)", CountingMethod.equalShares(Utility.POINTS, Completion.ADD1)),
    GREEDY("Greedy by support", "Most supported first, skipping what no longer fits", CountingMethod.greedy());

    private final String label;
    private final String description;
    private final CountingMethod method;

    CountChoice(String label, String description, CountingMethod method) {
        this.label = label;
        this.description = description;
        this.method = method;
    }

    /** The method, or null for the process's default (which depends on the kind of ballots in the file). */
    CountingMethod method() {
        return method;
    }

    static CountChoice of(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(c -> new Choice(c.name(), c.label, c.description)).toList();
    }
}
