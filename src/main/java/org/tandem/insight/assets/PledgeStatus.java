package org.tandem.insight.assets;

/** Where a resident's pledge is in review. Only an officer's review moves it on, and only once. */
public enum PledgeStatus {
    WAITING("Waiting for review"),
    PUBLISHED("Published in the directory"),
    ADDED("Added to the asset map, not published"),
    DECLINED("Declined");

    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
