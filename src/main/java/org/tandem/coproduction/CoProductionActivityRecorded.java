package org.tandem.coproduction;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.tandem.commissions.Phase;

/** A co-production activity was recorded on a commission, through a page, the API or another module. */
public record CoProductionActivityRecorded(UUID activityId, UUID commissionId, UUID organisationId, LocalDate heldOn,
                                           Phase phase, LadderRung rung, Set<CoProductionMode> modes,
                                           int participants, UUID recordedBy) {

    public CoProductionActivityRecorded {
        modes = Set.copyOf(modes);
    }
}
