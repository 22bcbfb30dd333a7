package org.tandem.insight.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Which service a visit is to, on which date, and who is on the team: checked for shape, not yet for ids. */
public record VisitPlan(UUID serviceId, LocalDate visitDate, List<UUID> assessorIds) {

    public VisitPlan {
        assessorIds = List.copyOf(assessorIds);
    }
}
