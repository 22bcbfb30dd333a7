package org.tandem.insight.quality;

/**
 * Where a round is. Islington's process (seed 000, Box K and Figure 8): a framework co-produced with young people,
 * visits by two young assessors and a commissioner, then services grouped red, amber and green, with the groups'
 * consequences shared with providers.
 */
public enum RoundStatus {
    DRAFT("Draft", "Setting up the quality areas, the rating guide, the services to visit and the assessor teams"),
    VISITING("Visiting", "Assessor teams visit the services and rate each quality area red, amber or green"),
    MODERATION("Moderation and review", "The commissioner reviews each service's recommendation and confirms or "
            + "overrides it"),
    SHARED("Results shared", "Providers see their own results and can respond"),
    CLOSED("Closed", "The round is finished and can no longer change");

    private final String label;
    private final String description;

    RoundStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
