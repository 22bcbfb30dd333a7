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
record ServiceResultJson(UUID serviceId, String serviceName, String providerName, long visitsSubmitted,
                         long visitsNotSubmitted, RecommendationJson recommendation,
                         @Schema(nullable = true) DecisionJson decision, List<ResponseJson> responses) {

    record RecommendationJson(@Schema(nullable = true, description = "Null until a submitted visit rated an area")
                              Rating rating, String reason, int redAreas, int amberAreas, int greenAreas,
                              List<AreaResultJson> areas) {
    }

    /** One area's rating for the service, combined from {@code visits} visits. */
    record AreaResultJson(UUID areaId, String areaName, @Schema(nullable = true) Rating rating, int visits) {
    }

    static ServiceResultJson of(ServiceResult s, List<QualityArea> areas) {
        Map<UUID, String> names = areas.stream().collect(Collectors.toMap(QualityArea::id, QualityArea::name));
        Recommendation r = s.recommendation();
        return new ServiceResultJson(s.service().id(), s.service().name(), s.service().providerName(),
                s.submittedVisits(), s.visitsNotSubmitted(),
                new RecommendationJson(r.rating(), r.reason(), r.red(), r.amber(), r.green(), r.areas().stream()
                        .map(a -> new AreaResultJson(a.areaId(), names.get(a.areaId()), a.rating(), a.visits()))
                        .toList()),
                DecisionJson.of(s.decision()), s.responses().stream().map(ResponseJson::of).toList());
    }
}
