package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.insight.quality.QualityArea;
import org.tandem.insight.quality.Rating;
import org.tandem.insight.quality.Recommendation;
import org.tandem.insight.quality.ServiceResult;

/** A service's result in a round: each area's rating, the recommendation and why, the decision and the responses. */
record QualityServiceResultJson(UUID serviceId, String serviceName, String providerName, long visitsSubmitted,
                         long visitsNotSubmitted, QualityRecommendationJson recommendation,
                         @Schema(nullable = true) QualityDecisionJson decision, List<ProviderResponseJson> responses) {

    record QualityRecommendationJson(
            @Schema(nullable = true, description = "Null until a submitted visit rated an area")
                              Rating rating, String reason, int redAreas, int amberAreas, int greenAreas,
                              List<QualityAreaResultJson> areas) {
    }

    /** One area's rating for the service, combined from {@code visits} visits. */
    record QualityAreaResultJson(UUID areaId, String areaName, @Schema(nullable = true) Rating rating, int visits) {
    }

    static QualityServiceResultJson of(ServiceResult s, List<QualityArea> areas) {
        Map<UUID, String> names = areas.stream().collect(Collectors.toMap(QualityArea::id, QualityArea::name));
        Recommendation r = s.recommendation();
        return new QualityServiceResultJson(s.service().id(), s.service().name(), s.service().providerName(),
                s.submittedVisits(), s.visitsNotSubmitted(),
                new QualityRecommendationJson(r.rating(), r.reason(), r.red(), r.amber(), r.green(), r.areas().stream()
                        .map(a -> new QualityAreaResultJson(a.areaId(), names.get(a.areaId()), a.rating(), a.visits()))
                        .toList()),
                QualityDecisionJson.of(s.decision()), s.responses().stream().map(ProviderResponseJson::of).toList());
    }
}
