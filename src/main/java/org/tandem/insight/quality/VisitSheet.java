package org.tandem.insight.quality;

import java.util.List;
import org.tandem.insight.provision.FundedService;

/**
 * Everything the visit form shows: the round, the service, the areas with their guide, what has been rated so far,
 * when the visit was reopened and why, and whether the team can still change it.
 */
public record VisitSheet(QualityRound round, Visit visit, FundedService service, List<QualityArea> areas,
                         List<AreaRating> ratings, List<Reopening> reopenings, boolean open) {

    public VisitSheet {
        areas = List.copyOf(areas);
        ratings = List.copyOf(ratings);
        reopenings = List.copyOf(reopenings);
    }

    public AreaRating ratingOf(QualityArea area) {
        return ratings.stream().filter(r -> r.areaId().equals(area.id())).findFirst()
                .orElse(new AreaRating(area.id(), null, null, null));
    }

    public long rated() {
        return ratings.stream().filter(r -> r.rating() != null).count();
    }
}
