package org.tandem.outcomes.contributions.internal;

/** What a contribution is: an outcome suggested in someone's own words, or a comment on an outcome or a suggestion. */
public enum ContributionKind {
    SUGGESTION("Suggested outcome"),
    COMMENT("Comment");

    private final String label;

    ContributionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
