package org.tandem.outcomes.internal;

import java.time.Instant;
import java.util.UUID;
import org.tandem.outcomes.ReviewDecision;

/** One reviewer of a version and what they said: nothing yet, agreement, or an objection with a comment. */
public record Review(UUID personId, String name, ReviewDecision decision, String comment, Instant decidedAt) {

    public boolean isPending() {
        return decision == null;
    }
}
