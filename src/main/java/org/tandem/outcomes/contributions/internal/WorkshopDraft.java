package org.tandem.outcomes.contributions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tandem.coproduction.ParticipantKind;

/**
 * A workshop as a facilitator records it: how it was run, when, who came by kind, and its outputs, each in the
 * participants' own words, one contribution each.
 */
public record WorkshopDraft(WorkshopMethod method, LocalDate heldOn, String title, String notes,
                            Map<ParticipantKind, Integer> participants, List<String> outputs) {

    public WorkshopDraft {
        participants = participants == null ? Map.of() : participants;
        outputs = outputs == null ? List.of() : outputs;
    }
}
