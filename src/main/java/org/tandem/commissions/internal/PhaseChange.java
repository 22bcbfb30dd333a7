package org.tandem.commissions.internal;

import java.time.Instant;
import org.tandem.commissions.Phase;

/** One recorded move in the cycle; {@code from} is null for the commission's start. */
public record PhaseChange(Phase from, Phase to, String reason, String changedByName, Instant changedAt) {

    public boolean isStepBack() {
        return from != null && to.ordinal() < from.ordinal();
    }
}
