package org.tandem.prioritisation.counting;

/** The counting rules Tandem offers. */
public enum Rule {
    /** Greedy by support: most support first, skipping what no longer fits and carrying on down the list. */
    GREEDY("greedy", "Greedy by support"),
    /** The Method of Equal Shares (Peters and Skowron; equalshares.net). */
    EQUAL_SHARES("mes", "Method of Equal Shares");

    private final String code;
    private final String label;

    Rule(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
