package org.tandem.prioritisation.counting;

/** What the Method of Equal Shares does with money its first pass leaves unspent. */
public enum Completion {
    /** Nothing: the outcome of one pass with equal shares of the budget. */
    NONE("none"),
    /**
     * Add1: raise every voter's share by one currency unit and count again, for as long as the outcome still fits
     * the real budget (and is not already exhaustive); keep the last outcome that fits; then fund what still fits,
     * greedy by support.
     */
    ADD1("add1");

    private final String code;

    Completion(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
