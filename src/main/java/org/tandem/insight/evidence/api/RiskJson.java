package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.evidence.risks.CitizenAcceptance;
import org.tandem.insight.evidence.risks.Impact;
import org.tandem.insight.evidence.risks.Likelihood;
import org.tandem.insight.evidence.risks.Risk;
import org.tandem.insight.evidence.risks.RiskBearer;
import org.tandem.insight.evidence.risks.RiskStatus;

/** A risk of the co-produced register in the API. */
record RiskJson(UUID id, String title, String description, List<RiskBearer> bearers, String benefits,
                String disbenefits, CitizenAcceptance acceptance, String acceptanceReasoning,
                String acceptanceFoundBy, Likelihood likelihood, Impact impact,
                @Schema(description = "Likelihood times impact, each from 1 to 5") int score, Risk.Rating rating,
                String mitigation, String owner, RiskStatus status, Instant createdAt, Instant updatedAt,
                @Schema(description = "Send it back when changing the risk") int version) {

    static RiskJson of(Risk r) {
        return new RiskJson(r.id(), r.title(), r.description(), r.bearers(), r.benefits(), r.disbenefits(),
                r.acceptance(), r.acceptanceReasoning(), r.acceptanceFoundBy(), r.likelihood(), r.impact(),
                r.score(), r.rating(), r.mitigation(), r.owner(), r.status(), r.createdAt(), r.updatedAt(),
                r.version());
    }
}
