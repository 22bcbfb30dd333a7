package org.tandem.prioritisation.counting;

/** Whether a project won, and the reason, in the terms a results page explains. */
public enum Verdict {
    FUNDED_FREE(true),
    FUNDED_BY_EQUAL_SHARES(true),
    FUNDED_BY_COMPLETION(true),
    FUNDED_BY_GREEDY(true),
    LOST_NO_SUPPORT(false),
    LOST_COSTS_MORE_THAN_BUDGET(false),
    LOST_SUPPORTERS_SHARES_TOO_SMALL(false),
    LOST_NOT_ENOUGH_LEFT(false);

    private final boolean funded;

    Verdict(boolean funded) {
        this.funded = funded;
    }

    public boolean funded() {
        return funded;
    }
}
