package org.tandem.insight.quality;

import java.util.List;
import java.util.UUID;

/**
 * What the round's rule recommends for one service, and why: each area's combined rating and the counts behind the
 * result. {@code rating} is null until a submitted visit has rated at least one area.
 */
public record Recommendation(Rating rating, List<AreaResult> areas, int red, int amber, int green, String reason) {

    public Recommendation {
        areas = List.copyOf(areas);
    }

    /** One area's rating for the service, from {@code visits} visits' ratings of it (null when none rated it). */
    public record AreaResult(UUID areaId, Rating rating, int visits) {
    }

    public boolean isMade() {
        return rating != null;
    }

    public Rating ratingOf(UUID areaId) {
        return areas.stream().filter(a -> a.areaId().equals(areaId)).map(AreaResult::rating).findFirst()
                .orElse(null);
    }
}
