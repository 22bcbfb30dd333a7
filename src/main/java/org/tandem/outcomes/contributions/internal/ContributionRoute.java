package org.tandem.outcomes.contributions.internal;

/** How a contribution arrived: from a signed-in member, through the public link, or as a workshop's output. */
public enum ContributionRoute {
    MEMBER("Signed in"),
    PUBLIC("Public link"),
    WORKSHOP("Workshop");

    private final String label;

    ContributionRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
