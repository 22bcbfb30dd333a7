package org.tandem.outcomes.contributions.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.contributions.internal.Workshop;
import org.tandem.outcomes.contributions.internal.WorkshopMethod;

/** A workshop whose outputs were recorded, and the co-production activity it became. */
record WorkshopJson(UUID id, WorkshopMethod method, LocalDate heldOn, String title, String notes,
                    Map<ParticipantKind, Integer> participants, UUID coProductionActivityId, String recordedBy) {

    static WorkshopJson of(Workshop w) {
        return new WorkshopJson(w.id(), w.method(), w.heldOn(), w.title(), w.notes(), w.participants(),
                w.activityId(), w.recordedByName());
    }
}
