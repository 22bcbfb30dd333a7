package org.tandem.outcomes.demand;

import java.time.Instant;
import java.util.UUID;

/** A need's demand view, as the commission's pages and the API show it. */
public record DemandView(UUID id, UUID commissionId, UUID needId, String needTitle, DemandDraft details,
                         Instant updatedAt, int version) {

    public DemandFigures figures() {
        return details.figures();
    }

    public boolean signedOff() {
        return details.signOff() != null;
    }
}
