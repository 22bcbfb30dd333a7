package org.tandem.outcomes.contributions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Timestamps;

/**
 * Facilitators record what a workshop produced: each output, in the participants' own words, becomes a
 * contribution the commissioners can merge or decline like any other, and the workshop goes into the commission's
 * co-production record. All of it in one transaction: a rule broken anywhere keeps nothing.
 */
@Service
public class Workshops {

    private final ContributionRepository repository;
    private final ContributionCalls calls;
    private final Contributing contributing;
    private final OutcomesFrameworks outcomes;
    private final CoProducedBy coProduction;
    private final AuditLog audit;
    private final Clock clock;

    Workshops(ContributionRepository repository, ContributionCalls calls, Contributing contributing,
              OutcomesFrameworks outcomes, CoProducedBy coProduction, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.calls = calls;
        this.contributing = contributing;
        this.outcomes = outcomes;
        this.coProduction = coProduction;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Workshop> ofVersion(UUID organisationId, UUID versionId) {
        return repository.workshopsOf(organisationId, versionId);
    }

    @Transactional
    public Workshop record(Actor by, UUID organisationId, UUID versionId, WorkshopDraft draft) {
        ContributionCall call = calls.requireOpen(organisationId, versionId);
        Instant now = clock.instant();
        WorkshopDraft w = ContributionRules.workshop(draft, LocalDate.ofInstant(now, Timestamps.LONDON));
        String label = outcomes.version(organisationId, versionId).orElseThrow().label().toLowerCase(
                java.util.Locale.UK);
        UUID activity = coProduction.workshop(by, call, w, label);
        UUID id = UUID.randomUUID();
        repository.insertWorkshop(id, organisationId, versionId, w, activity, by.name(), now);
        ParticipantKind voice = mainVoice(w.participants());
        w.outputs().forEach(output -> contributing.addOutput(call, by, id, output, voice));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("method", w.method().name());
        after.put("heldOn", w.heldOn().toString());
        after.put("participants", w.participants());
        after.put("outputs", w.outputs().size());
        after.put("coProductionActivityId", activity);
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.workshop-recorded", "outcomes-workshop", id,
                w.method().label() + " " + w.title() + " recorded with " + w.outputs().size()
                        + (w.outputs().size() == 1 ? " output" : " outputs")).after(after));
        return repository.workshop(organisationId, id).orElseThrow();
    }

    /**
     * Whose words a workshop's outputs are: the largest group of people using services, carers or community
     * members, since they are who a workshop on outcomes is for; professionals only when nobody else came.
     */
    static ParticipantKind mainVoice(Map<ParticipantKind, Integer> participants) {
        Comparator<Map.Entry<ParticipantKind, Integer>> order = Comparator
                .comparing((Map.Entry<ParticipantKind, Integer> e) -> e.getKey().isUserOrCommunity())
                .thenComparing(Map.Entry::getValue);
        return participants.entrySet().stream().max(order).map(Map.Entry::getKey).orElseThrow();
    }
}
