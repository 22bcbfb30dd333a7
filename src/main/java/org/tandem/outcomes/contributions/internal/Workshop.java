package org.tandem.outcomes.contributions.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;

/** A workshop whose outputs were recorded as contributions, and the co-production activity it became. */
public record Workshop(UUID id, UUID versionId, WorkshopMethod method, LocalDate heldOn, String title, String notes,
                       Map<ParticipantKind, Integer> participants, UUID activityId, String recordedByName) {

    public Workshop {
        participants = Map.copyOf(participants);
    }

    public int participantTotal() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
