package org.tandem.insight.quality;

import java.util.List;
import java.util.UUID;
import org.tandem.insight.provision.FundedService;

/**
 * One service's result in a round: what its submitted visits rated, what the round's rule recommends, what the
 * commissioner decided (null until then) and what the provider wrote back.
 */
public record ServiceResult(FundedService service, Recommendation recommendation, Decision decision,
                           List<Visit> visits, List<SubmittedRating> ratings, List<ProviderResponse> responses) {

    public ServiceResult {
        visits = List.copyOf(visits);
        ratings = List.copyOf(ratings);
        responses = List.copyOf(responses);
    }

    /** Each area's rating for the service under the round's rule, from the ratings of its submitted visits. */
    public static Recommendation recommend(RecommendationRule rule, List<QualityArea> areas,
                                           List<SubmittedRating> ratings) {
        return rule.recommend(areas.stream().map(a -> new RecommendationRule.AreaRatings(a.id(),
                ratings.stream().filter(r -> r.areaId().equals(a.id())).map(SubmittedRating::rating).toList()))
                .toList());
    }

    public List<SubmittedRating> ratingsOf(UUID areaId) {
        return ratings.stream().filter(r -> r.areaId().equals(areaId)).toList();
    }

    public long submittedVisits() {
        return visits.stream().filter(Visit::isSubmitted).count();
    }

    public long visitsNotSubmitted() {
        return visits.size() - submittedVisits();
    }

    public boolean isDecided() {
        return decision != null;
    }
}
