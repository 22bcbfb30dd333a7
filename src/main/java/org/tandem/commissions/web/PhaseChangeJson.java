package org.tandem.commissions.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.tandem.commissions.Phase;
import org.tandem.commissions.internal.PhaseChange;

/** One move in a commission's history; the first, its start, has no {@code from}. */
record PhaseChangeJson(@Schema(nullable = true) Phase from, Phase to, String reason, String by, Instant at) {

    static PhaseChangeJson of(PhaseChange change) {
        return new PhaseChangeJson(change.from(), change.to(), change.reason(), change.changedByName(),
                change.changedAt());
    }
}
