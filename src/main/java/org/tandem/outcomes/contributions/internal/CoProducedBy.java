package org.tandem.outcomes.contributions.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.CoProductionRecord;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.People;

/**
 * Puts the framework's co-production into the commission's co-production record, in Planning. A workshop gathering
 * people's words is engaging (Figure 14: they are heard, professionals still decide) and co-planning; a contribution
 * merged into an outcome is co-designing, because people's words are acted on and now stand in the framework.
 */
@Component
class CoProducedBy {

    private final CoProductionRecord record;
    private final People people;

    CoProducedBy(CoProductionRecord record, People people) {
        this.record = record;
        this.people = people;
    }

    UUID workshop(Actor by, ContributionCall call, WorkshopDraft w, String versionLabel) {
        return record.record(by, call.organisationId(), call.commissionId(), new ActivityDetails(w.heldOn(),
                Phase.PLANNING, w.method().recordedAs(), w.method().recordedDetail(), w.title(),
                "Ask what matters, for the outcomes framework, in the participants' own words: " + call.question(),
                w.participants(), w.namedPeople().stream().map(NamedPerson::member).toList(), LadderRung.ENGAGING,
                Set.of(CoProductionMode.CO_PLANNING),
                DecisionLevel.MACRO, w.outputs().size() + (w.outputs().size() == 1 ? " output" : " outputs")
                + " recorded as contributions to " + versionLabel + " of the outcomes framework.", Map.of()));
    }

    /**
     * @param workshop the workshop it came out of, when it did: its participants shaped the outcome
     * @param today    the merge is recorded on the day it was made
     */
    void merge(Actor by, ContributionCall call, Contribution c, Workshop workshop, String outcomeWords,
               boolean newOutcome, LocalDate today) {
        Map<ParticipantKind, Integer> participants = new EnumMap<>(ParticipantKind.class);
        if (workshop != null) {
            participants.putAll(workshop.participants());
        } else {
            participants.merge(c.speakingAs(), 1, Integer::sum);
        }
        // The commissioner who merged it took part too, unless the count already has professionals.
        participants.putIfAbsent(ParticipantKind.PROFESSIONAL, 1);
        List<NamedPerson> named = c.personId() != null && people.find(call.organisationId(), c.personId()).isPresent()
                ? List.of(NamedPerson.member(c.personId())) : List.of();
        ActivityMethod method = workshop != null ? workshop.method().recordedAs() : ActivityMethod.OTHER;
        String detail = workshop != null ? workshop.method().recordedDetail()
                : c.route() == ContributionRoute.PUBLIC ? "Contribution through the public link"
                : "Contribution on Tandem";
        String words = ContributionRules.summary(c.words(), 120);
        record.record(by, call.organisationId(), call.commissionId(), new ActivityDetails(today, Phase.PLANNING,
                method, detail, ContributionRules.summary("Merged into the outcomes framework: \"" + words + "\"",
                ContributionRules.TITLE_MAX),
                "Decide how a contribution from " + (workshop != null ? workshop.title() : c.fromForThePublic()
                        .toLowerCase(java.util.Locale.UK)) + " shapes the outcomes framework.",
                participants, named, LadderRung.CO_DESIGNING, Set.of(CoProductionMode.CO_DESIGN),
                DecisionLevel.MACRO, newOutcome ? "It became a new outcome: \"" + outcomeWords + "\""
                : "It shaped the outcome \"" + outcomeWords + "\"", Map.of()));
    }
}
