package org.tandem.coproduction.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.Approach;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.coproduction.internal.Activity;

/** A co-production activity in the API. {@code version} goes back with every change. */
record ActivityJson(UUID id, UUID commissionId, LocalDate heldOn, Phase phase, ActivityMethod method,
                    String methodDetail, String title, String purpose, Map<ParticipantKind, Integer> participants,
                    int participantTotal, List<NamedPersonJson> namedPeople, LadderRung rung,
                    @Schema(description = "The rung's stretch of the ladder") Approach approach,
                    Set<CoProductionMode> modes, DecisionLevel level, String whatChanged,
                    @Schema(description = "Aggregate counts by group; empty when no profile was recorded")
                    Map<EqualityGroup, Integer> equalities, String recordedBy, Instant recordedAt, Instant updatedAt,
                    int version) {

    /** A named person: {@code personId} is set for people of the organisation. */
    record NamedPersonJson(UUID personId, String name) {
    }

    static ActivityJson of(Activity a) {
        ActivityDetails d = a.details();
        return new ActivityJson(a.id(), a.commissionId(), d.heldOn(), d.phase(), d.method(), d.methodDetail(),
                d.title(), d.purpose(), d.participants(), d.participantTotal(),
                d.namedPeople().stream().map(p -> new NamedPersonJson(p.personId(), p.name())).toList(), d.rung(),
                d.rung().approach(), d.modes(), d.level(), d.whatChanged(), d.equalities(), a.recordedByName(),
                a.recordedAt(), a.updatedAt(), a.version());
    }
}
