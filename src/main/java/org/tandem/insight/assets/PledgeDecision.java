package org.tandem.insight.assets;

/** What an officer decides about a pledge after checking it. */
public enum PledgeDecision {
    PUBLISH("Publish it in the public directory", "Only if the resident agreed to be listed", PledgeStatus.PUBLISHED),
    ADD("Add it to the asset map without publishing", "Commissioners can still build on it; the public cannot see it",
            PledgeStatus.ADDED),
    DECLINE("Decline it", "Say why, for the record", PledgeStatus.DECLINED);

    private final String label;
    private final String hint;
    private final PledgeStatus outcome;

    PledgeDecision(String label, String hint, PledgeStatus outcome) {
        this.label = label;
        this.hint = hint;
        this.outcome = outcome;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public PledgeStatus outcome() {
        return outcome;
    }
}
