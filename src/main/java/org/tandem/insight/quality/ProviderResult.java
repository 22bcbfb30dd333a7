package org.tandem.insight.quality;

import java.util.List;
import java.util.UUID;

/**
 * A shared result as its provider sees it: the areas with their guide, each area's rating, the evidence and quotes
 * from every visit, the decision, and the provider's own responses. Never who the assessors were.
 */
public record ProviderResult(SharedResult shared, String commissioningOrganisation, List<QualityArea> areas,
                             Recommendation ratings, List<SubmittedRating> evidence,
                             List<ProviderResponse> responses) {

    public ProviderResult {
        areas = List.copyOf(areas);
        evidence = List.copyOf(evidence);
        responses = List.copyOf(responses);
    }

    public List<SubmittedRating> evidenceOf(UUID areaId) {
        return evidence.stream().filter(r -> r.areaId().equals(areaId)).toList();
    }

    public boolean acceptsResponses() {
        return shared.acceptsResponses();
    }
}
