package org.tandem.outcomes.contributions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;

/**
 * What commissioners and moderators do with contributions. A contribution is merged into a new or an existing
 * outcome, or declined with a reason the contributor reads, exactly once, and only while its version is a draft.
 * Moderators show a held public contribution or hide an abusive one with a reason, at any time: hiding changes
 * nothing in the framework, and abuse must come down even after a version is agreed. Everything is audited.
 */
@Service
public class ContributionDecisions {

    private final ContributionRepository repository;
    private final ContributionCalls calls;
    private final OutcomesFrameworks outcomes;
    private final CoProducedBy coProduction;
    private final AuditLog audit;
    private final Clock clock;

    ContributionDecisions(ContributionRepository repository, ContributionCalls calls, OutcomesFrameworks outcomes,
                          CoProducedBy coProduction, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.calls = calls;
        this.outcomes = outcomes;
        this.coProduction = coProduction;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Into a new outcome at the end of the draft, in people's own words (the contribution's, unless the commissioner
     * tidied them), shaped by whoever gave it.
     */
    @Transactional
    public Contribution mergeIntoNew(Actor by, UUID organisationId, UUID contributionId, int version,
                                     String ownWords, String professionalWording, String reason) {
        return mergeIntoNew(by, organisationId, contributionId, version, ownWords, professionalWording, reason,
                null);
    }

    /** As above; {@code recordedOn}, when given, dates the co-production activity (the demo story's own dates). */
    @Transactional
    Contribution mergeIntoNew(Actor by, UUID organisationId, UUID contributionId, int version, String ownWords,
                              String professionalWording, String reason, LocalDate recordedOn) {
        Contribution c = decidable(organisationId, contributionId);
        ContributionCall call = call(c);
        Workshop workshop = workshopOf(c);
        String words = ownWords == null || ownWords.isBlank() ? c.words() : ownWords;
        OutcomeView outcome = outcomes.addOutcome(by, organisationId, c.versionId(), new OutcomeDraft(words,
                professionalWording, null, null, null, Set.of(), Set.of(), null, null, kindsOf(c, workshop)));
        return merged(by, call, c, workshop, version, outcome, true, reason, recordedOn);
    }

    @Transactional
    public Contribution mergeIntoExisting(Actor by, UUID organisationId, UUID contributionId, int version,
                                          UUID outcomeId, String reason) {
        return mergeIntoExisting(by, organisationId, contributionId, version, outcomeId, reason, null);
    }

    @Transactional
    Contribution mergeIntoExisting(Actor by, UUID organisationId, UUID contributionId, int version, UUID outcomeId,
                                   String reason, LocalDate recordedOn) {
        Contribution c = decidable(organisationId, contributionId);
        ContributionCall call = call(c);
        if (outcomeId == null) {
            throw new RuleViolation("outcomeId", "Select the outcome it shapes");
        }
        OutcomeView outcome = outcomes.outcome(organisationId, outcomeId)
                .filter(o -> o.versionId().equals(c.versionId()))
                .orElseThrow(() -> new RuleViolation("outcomeId", "Select an outcome of this version"));
        return merged(by, call, c, workshopOf(c), version, outcome, false, reason, recordedOn);
    }

    @Transactional
    public Contribution decline(Actor by, UUID organisationId, UUID contributionId, int version, String reason) {
        Contribution c = decidable(organisationId, contributionId);
        String why = ContributionRules.reason(reason, true, "Say why it is not being taken into the framework: "
                + "the person who gave it will read this");
        Instant now = clock.instant();
        if (!repository.decide(organisationId, contributionId, version, new Contribution.Decision(
                ContributionStatus.DECLINED, why, now, by.name(), null, null, null, null), now)) {
            throw changedMeanwhile();
        }
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.contribution-declined", "outcomes-contribution",
                contributionId, c.kind().label() + " \"" + ContributionRules.summary(c.words(), 80)
                        + "\" not taken into the framework").after(Map.of("reason", why)));
        return repository.find(organisationId, contributionId).orElseThrow();
    }

    /** Hides an abusive contribution: kept, with the reason in the audit log, and shown to nobody but moderators. */
    @Transactional
    public Contribution hide(Actor by, UUID organisationId, UUID contributionId, int version, String reason) {
        Contribution c = found(organisationId, contributionId);
        if (c.visibility() == Visibility.HIDDEN) {
            throw new ConflictException("This contribution is already hidden.");
        }
        String why = ContributionRules.reason(reason, true, "Say why it is being hidden");
        moderate(by, c, version, Visibility.HIDDEN, why, "outcomes.contribution-hidden", "hidden by a moderator");
        return repository.find(organisationId, contributionId).orElseThrow();
    }

    /** Shows a contribution that was held (or hidden by mistake) to everyone who may see the version's. */
    @Transactional
    public Contribution show(Actor by, UUID organisationId, UUID contributionId, int version) {
        Contribution c = found(organisationId, contributionId);
        if (c.isShown()) {
            throw new ConflictException("This contribution is already shown.");
        }
        moderate(by, c, version, Visibility.SHOWN, null, "outcomes.contribution-shown", "shown by a moderator");
        return repository.find(organisationId, contributionId).orElseThrow();
    }

    private Contribution merged(Actor by, ContributionCall call, Contribution c, Workshop workshop, int version,
                                OutcomeView outcome, boolean isNew, String reason, LocalDate recordedOn) {
        String note = ContributionRules.reason(reason, false, null);
        Instant now = clock.instant();
        if (!repository.decide(c.organisationId(), c.id(), version, new Contribution.Decision(ContributionStatus.MERGED,
                note, now, by.name(), outcome.id(), outcome.lineageId(), outcome.ownWords(), isNew), now)) {
            throw changedMeanwhile();
        }
        coProduction.merge(by, call, c, workshop, outcome.ownWords(), isNew,
                recordedOn != null ? recordedOn : LocalDate.ofInstant(now, Timestamps.LONDON));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcomeId", outcome.id());
        after.put("outcome", outcome.ownWords());
        after.put("newOutcome", isNew);
        after.put("note", note == null ? "" : note);
        audit.recordAs(by, AuditEntry.of(c.organisationId(), "outcomes.contribution-merged", "outcomes-contribution",
                c.id(), c.kind().label() + " \"" + ContributionRules.summary(c.words(), 80) + "\" merged into "
                        + (isNew ? "a new outcome" : "the outcome \"" + ContributionRules.summary(outcome.ownWords(),
                        80) + "\"")).after(after));
        return repository.find(c.organisationId(), c.id()).orElseThrow();
    }

    private void moderate(Actor by, Contribution c, int version, Visibility to, String reason, String action,
                          String what) {
        Instant now = clock.instant();
        if (!repository.moderate(c.organisationId(), c.id(), version, new Contribution.Moderation(to, reason, now,
                by.name()), now)) {
            throw changedMeanwhile();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("visibility", to.name());
        after.put("reason", reason == null ? "" : reason);
        audit.recordAs(by, AuditEntry.of(c.organisationId(), action, "outcomes-contribution", c.id(),
                c.kind().label() + " \"" + ContributionRules.summary(c.words(), 80) + "\" " + what)
                .before(Map.of("visibility", c.visibility().name())).after(after));
    }

    /** An open contribution of a draft; the version is held so that it is not agreed while the decision is made. */
    private Contribution decidable(UUID organisationId, UUID contributionId) {
        Contribution c = found(organisationId, contributionId);
        outcomes.holdDraft(organisationId, c.versionId());
        if (!c.isOpen()) {
            throw new ConflictException("This contribution has already been decided on: " + c.status().label()
                    .toLowerCase(java.util.Locale.UK) + (c.decision().byName() == null ? "" : ", by "
                    + c.decision().byName()) + ".");
        }
        if (c.visibility() != Visibility.SHOWN) {
            throw new ConflictException("Show this contribution before deciding on it: it is "
                    + c.visibility().label().toLowerCase(java.util.Locale.UK) + ".");
        }
        return c;
    }

    private ContributionCall call(Contribution c) {
        return calls.call(c.organisationId(), c.versionId()).orElseThrow(() -> new NotFoundException("Version"));
    }

    private Contribution found(UUID organisationId, UUID contributionId) {
        return repository.find(organisationId, contributionId)
                .orElseThrow(() -> new NotFoundException("Contribution"));
    }

    private Workshop workshopOf(Contribution c) {
        return c.workshop() == null ? null : repository.workshop(c.organisationId(), c.workshop().id()).orElseThrow();
    }

    /** Who shaped an outcome made from the contribution: its contributor, or everyone at its workshop. */
    static Set<ParticipantKind> kindsOf(Contribution c, Workshop workshop) {
        if (workshop != null) {
            return EnumSet.copyOf(workshop.participants().keySet());
        }
        return EnumSet.of(c.speakingAs());
    }

    private static ConflictException changedMeanwhile() {
        return new ConflictException("Someone else changed this contribution while you were looking at it. Reload "
                + "the page to see what changed, then decide again.");
    }
}
