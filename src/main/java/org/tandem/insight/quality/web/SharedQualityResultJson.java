package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.quality.ProviderResult;
import org.tandem.insight.quality.Rating;
import org.tandem.insight.quality.SharedResult;
import org.tandem.insight.quality.SubmittedRating;

/**
 * A result shared with the provider: the decision, and (reading one) each area's rating with the evidence and quotes
 * behind it. It never names the assessors.
 */
record SharedQualityResultJson(UUID decisionId, String serviceName, String roundTitle, UUID commissioningOrganisationId,
                        Rating decided, @Schema(nullable = true) String reason,
                        @Schema(nullable = true) LocalDate progressBy, boolean acceptsResponses,
                        @Schema(nullable = true, description = "Only when reading one result")
                        List<SharedAreaJson> areas,
                        @Schema(nullable = true, description = "Only when reading one result")
                        List<ProviderResponseJson> responses) {

    record SharedAreaJson(UUID areaId, String name, @Schema(nullable = true) Rating rating,
                @Schema(nullable = true) String guide, List<SharedEvidenceJson> evidence) {
    }

    record SharedEvidenceJson(LocalDate visitDate, Rating rating, String evidence, String quotes) {
        static SharedEvidenceJson of(SubmittedRating r) {
            return new SharedEvidenceJson(r.visitDate(), r.rating(), r.evidence(), r.quotes());
        }
    }

    static SharedQualityResultJson of(SharedResult s) {
        return new SharedQualityResultJson(s.decision().id(), s.serviceName(), s.roundTitle(), s.organisationId(),
                s.decision().decided(), s.decision().reason(), s.decision().progressBy(),
                s.acceptsResponses(), null, null);
    }

    static SharedQualityResultJson of(ProviderResult r) {
        SharedResult s = r.shared();
        return new SharedQualityResultJson(s.decision().id(), s.serviceName(), s.roundTitle(), s.organisationId(),
                s.decision().decided(), s.decision().reason(), s.decision().progressBy(), r.acceptsResponses(),
                r.areas().stream().map(a -> {
                    Rating rating = r.ratings().ratingOf(a.id());
                    return new SharedAreaJson(a.id(), a.name(), rating, rating == null ? null : a.guideFor(rating),
                            r.evidenceOf(a.id()).stream().map(SharedEvidenceJson::of).toList());
                }).toList(), r.responses().stream().map(ProviderResponseJson::of).toList());
    }
}
