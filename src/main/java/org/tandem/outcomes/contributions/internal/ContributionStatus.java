package org.tandem.outcomes.contributions.internal;

/** What the commissioners did with a contribution, which the contributor sees with the reason given. */
public enum ContributionStatus {
    OPEN("Not decided yet"),
    MERGED("Merged into the framework"),
    DECLINED("Not taken into the framework");

    private final String label;

    ContributionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
