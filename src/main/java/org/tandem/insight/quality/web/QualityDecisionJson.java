package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.insight.quality.Decision;
import org.tandem.insight.quality.Rating;

/** The commissioner's decision: the recommendation as it was, what was decided, and why. */
record QualityDecisionJson(UUID id, Rating recommended, Rating decided, boolean overridden,
                    @Schema(nullable = true) String reason,
                    @Schema(nullable = true, description = "For amber: by when the service must show progress")
                    LocalDate progressBy, String decidedBy, Instant decidedAt) {

    static QualityDecisionJson of(Decision d) {
        return d == null ? null : new QualityDecisionJson(d.id(), d.recommended(), d.decided(), d.isOverride(),
                d.reason(),
                d.progressBy(), d.decidedByName(), d.decidedAt());
    }
}
