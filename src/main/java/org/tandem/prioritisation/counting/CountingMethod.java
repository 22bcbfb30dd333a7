package org.tandem.prioritisation.counting;

import java.util.Objects;

/** A rule with its settings; for greedy the utility and completion are not used. */
public record CountingMethod(Rule rule, Utility utility, Completion completion) {

    public CountingMethod {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(utility, "utility");
        Objects.requireNonNull(completion, "completion");
    }

    public static CountingMethod greedy() {
        return new CountingMethod(Rule.GREEDY, Utility.CARDINALITY, Completion.NONE);
    }

    public static CountingMethod equalShares(Utility utility, Completion completion) {
        return new CountingMethod(Rule.EQUAL_SHARES, utility, completion);
    }

    /** "Method of Equal Shares, cost utilities, Add1 completion". */
    public String label() {
        if (rule == Rule.GREEDY) {
            return rule.label();
        }
        return rule.label() + ", " + utility.code() + " utilities, "
                + (completion == Completion.ADD1 ? "Add1 completion" : "no completion");
    }
}
