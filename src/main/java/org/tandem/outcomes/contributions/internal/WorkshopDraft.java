package org.tandem.outcomes.contributions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;

/**
 * A workshop as a facilitator records it: how it was run, when, who came by kind, and its outputs, each in the
 * participants' own words, one contribution each.
 *
 * @param namedPeople people of the organisation named as taking part, as the co-production record names them
 */
public record WorkshopDraft(WorkshopMethod method, LocalDate heldOn, String title, String notes,
                            Map<ParticipantKind, Integer> participants, List<UUID> namedPeople,
                            List<String> outputs) {

    public WorkshopDraft {
        participants = participants == null ? Map.of() : participants;
        namedPeople = namedPeople == null ? List.of() : List.copyOf(namedPeople);
        outputs = outputs == null ? List.of() : outputs;
    }
}
