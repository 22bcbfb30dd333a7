package org.tandem.insight.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The commissioner's decision on one service: the recommendation as it was, and what was decided. */
public record Decision(UUID id, UUID roundId, UUID serviceId, Rating recommended, Rating decided, String reason,
                       LocalDate progressBy, String decidedByName, Instant decidedAt) {

    public boolean isOverride() {
        return decided != recommended;
    }
}
