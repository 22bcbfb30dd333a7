package org.tandem.outcomes.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.VersionStatus;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Timestamps;

/**
 * Changing a draft's outcomes and indicators. Every change first holds the version's row and checks it is a draft,
 * so nothing changes in a version that is in review or agreed, whichever route the change comes by, and a change
 * never interleaves with the version being sent for review or agreed. Every change is audited.
 */
@Service
public class OutcomeEditing {

    private final FrameworkRepository frameworks;
    private final OutcomeRepository outcomes;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeEditing(FrameworkRepository frameworks, OutcomeRepository outcomes, AuditLog audit, Clock clock) {
        this.frameworks = frameworks;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why a version cannot be changed, in words that say what to do instead; null when it can. */
    public static String whyLocked(FrameworkVersionView version) {
        return switch (version.status()) {
            case DRAFT -> null;
            case IN_REVIEW -> version.label() + " is with " + version.reviewGroupName() + " for review, so it cannot "
                    + "be changed. Withdraw it from review to change it.";
            case AGREED -> version.label() + " was agreed on " + Timestamps.londonDateTime(version.agreedAt())
                    + " and is locked. Start a new draft to change the framework.";
        };
    }

    /** The version, held until the transaction ends, when it is a draft the organisation may change. */
    public FrameworkVersionView requireDraft(UUID organisationId, UUID versionId) {
        FrameworkVersionView version = frameworks.lockVersion(organisationId, versionId)
                .orElseThrow(() -> new NotFoundException("Version"));
        if (version.status() != VersionStatus.DRAFT) {
            throw new ConflictException(whyLocked(version));
        }
        return version;
    }

    @Transactional
    public OutcomeView add(Actor by, UUID organisationId, UUID versionId, OutcomeDraft draft) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        OutcomeDraft tidy = OutcomeRules.outcome(draft);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        outcomes.insert(id, organisationId, versionId, UUID.randomUUID(),
                outcomes.nextPosition(organisationId, versionId), tidy, now);
        frameworks.touch(organisationId, versionId, now);
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.outcome-added", "outcome", id,
                "Outcome \"" + tidy.ownWords() + "\" added to " + version.label().toLowerCase()).after(tidy));
        return found(organisationId, id);
    }

    @Transactional
    public OutcomeView update(UUID organisationId, UUID versionId, UUID outcomeId, int lock, OutcomeDraft draft) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        OutcomeView before = inVersion(organisationId, versionId, outcomeId);
        OutcomeDraft tidy = OutcomeRules.outcome(draft);
        Instant now = clock.instant();
        if (!outcomes.update(organisationId, outcomeId, lock, tidy, now)) {
            throw changedMeanwhile("outcome");
        }
        frameworks.touch(organisationId, versionId, now);
        audit.record(AuditEntry.of(organisationId, "outcomes.outcome-changed", "outcome", outcomeId,
                "Outcome \"" + tidy.ownWords() + "\" changed in " + version.label().toLowerCase())
                .before(before.details()).after(tidy));
        return found(organisationId, outcomeId);
    }

    @Transactional
    public void delete(UUID organisationId, UUID versionId, UUID outcomeId) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        OutcomeView before = inVersion(organisationId, versionId, outcomeId);
        outcomes.delete(organisationId, outcomeId);
        renumber(organisationId, versionId);
        frameworks.touch(organisationId, versionId, clock.instant());
        audit.record(AuditEntry.of(organisationId, "outcomes.outcome-removed", "outcome", outcomeId,
                "Outcome \"" + before.ownWords() + "\" removed from " + version.label().toLowerCase()
                        + " with its " + before.indicators().size() + " indicators")
                .before(before.details()));
    }

    /** Moves the outcome one place up or down; at the top or bottom already, nothing changes. */
    @Transactional
    public void move(UUID organisationId, UUID versionId, UUID outcomeId, boolean up) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        OutcomeView outcome = inVersion(organisationId, versionId, outcomeId);
        List<OutcomeView> order = new ArrayList<>(outcomes.ofVersion(organisationId, versionId));
        if (!swap(order, order.indexOf(outcome), up)) {
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            outcomes.position(organisationId, order.get(i).id(), i + 1);
        }
        frameworks.touch(organisationId, versionId, clock.instant());
        audit.record(AuditEntry.of(organisationId, "outcomes.outcome-moved", "outcome", outcomeId,
                "Outcome \"" + outcome.ownWords() + "\" moved " + (up ? "up" : "down") + " in "
                        + version.label().toLowerCase()));
    }

    @Transactional
    public IndicatorView addIndicator(UUID organisationId, UUID versionId, UUID outcomeId, IndicatorDraft draft) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        OutcomeView outcome = inVersion(organisationId, versionId, outcomeId);
        IndicatorDraft tidy = OutcomeRules.indicator(draft);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        outcomes.insertIndicator(id, organisationId, outcomeId, versionId, UUID.randomUUID(),
                outcomes.nextIndicatorPosition(organisationId, outcomeId), tidy, now);
        frameworks.touch(organisationId, versionId, now);
        audit.record(AuditEntry.of(organisationId, "outcomes.indicator-added", "outcome-indicator", id,
                "Indicator " + tidy.name() + " added to \"" + outcome.ownWords() + "\" in "
                        + version.label().toLowerCase()).after(tidy));
        return indicator(organisationId, versionId, id);
    }

    @Transactional
    public IndicatorView updateIndicator(UUID organisationId, UUID versionId, UUID indicatorId, int lock,
                                         IndicatorDraft draft) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        IndicatorView before = indicator(organisationId, versionId, indicatorId);
        IndicatorDraft tidy = OutcomeRules.indicator(draft);
        Instant now = clock.instant();
        if (!outcomes.updateIndicator(organisationId, indicatorId, lock, tidy, now)) {
            throw changedMeanwhile("indicator");
        }
        frameworks.touch(organisationId, versionId, now);
        audit.record(AuditEntry.of(organisationId, "outcomes.indicator-changed", "outcome-indicator", indicatorId,
                "Indicator " + tidy.name() + " changed in " + version.label().toLowerCase())
                .before(before.details()).after(tidy));
        return indicator(organisationId, versionId, indicatorId);
    }

    @Transactional
    public void deleteIndicator(UUID organisationId, UUID versionId, UUID indicatorId) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        IndicatorView before = indicator(organisationId, versionId, indicatorId);
        outcomes.deleteIndicator(organisationId, indicatorId);
        renumberIndicators(organisationId, versionId, before.outcomeId());
        frameworks.touch(organisationId, versionId, clock.instant());
        audit.record(AuditEntry.of(organisationId, "outcomes.indicator-removed", "outcome-indicator", indicatorId,
                "Indicator " + before.details().name() + " removed from " + version.label().toLowerCase())
                .before(before.details()));
    }

    @Transactional
    public void moveIndicator(UUID organisationId, UUID versionId, UUID indicatorId, boolean up) {
        FrameworkVersionView version = requireDraft(organisationId, versionId);
        IndicatorView indicator = indicator(organisationId, versionId, indicatorId);
        List<IndicatorView> order = new ArrayList<>(inVersion(organisationId, versionId, indicator.outcomeId())
                .indicators());
        if (!swap(order, order.indexOf(indicator), up)) {
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            outcomes.indicatorPosition(organisationId, order.get(i).id(), i + 1);
        }
        frameworks.touch(organisationId, versionId, clock.instant());
        audit.record(AuditEntry.of(organisationId, "outcomes.indicator-moved", "outcome-indicator", indicatorId,
                "Indicator " + indicator.details().name() + " moved " + (up ? "up" : "down") + " in "
                        + version.label().toLowerCase()));
    }

    /**
     * Copies a version's outcomes and indicators into another. A new version of the same framework keeps their
     * lineage, so the two can be compared; a copy into another framework (from or to a template) starts afresh.
     */
    void copy(UUID organisationId, UUID fromVersionId, UUID toVersionId, boolean keepLineage, Instant now) {
        for (OutcomeView outcome : outcomes.ofVersion(organisationId, fromVersionId)) {
            UUID id = UUID.randomUUID();
            outcomes.insert(id, organisationId, toVersionId, keepLineage ? outcome.lineageId() : UUID.randomUUID(),
                    outcome.position(), outcome.details(), now);
            for (IndicatorView indicator : outcome.indicators()) {
                outcomes.insertIndicator(UUID.randomUUID(), organisationId, id, toVersionId,
                        keepLineage ? indicator.lineageId() : UUID.randomUUID(), indicator.position(),
                        indicator.details(), now);
            }
        }
    }

    /** The version's outcomes in order, each with its indicators. */
    public List<OutcomeView> outcomesOf(UUID organisationId, UUID versionId) {
        return outcomes.ofVersion(organisationId, versionId);
    }

    public OutcomeView inVersion(UUID organisationId, UUID versionId, UUID outcomeId) {
        return outcomes.find(organisationId, outcomeId).filter(o -> o.versionId().equals(versionId))
                .orElseThrow(() -> new NotFoundException("Outcome"));
    }

    public IndicatorView indicator(UUID organisationId, UUID versionId, UUID indicatorId) {
        UUID version = outcomes.versionOfIndicator(organisationId, indicatorId).filter(versionId::equals)
                .orElseThrow(() -> new NotFoundException("Indicator"));
        return outcomes.ofVersion(organisationId, version).stream().flatMap(o -> o.indicators().stream())
                .filter(i -> i.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator"));
    }

    private OutcomeView found(UUID organisationId, UUID outcomeId) {
        return outcomes.find(organisationId, outcomeId).orElseThrow();
    }

    private void renumber(UUID organisationId, UUID versionId) {
        List<OutcomeView> order = outcomes.ofVersion(organisationId, versionId);
        for (int i = 0; i < order.size(); i++) {
            outcomes.position(organisationId, order.get(i).id(), i + 1);
        }
    }

    private void renumberIndicators(UUID organisationId, UUID versionId, UUID outcomeId) {
        List<IndicatorView> order = inVersion(organisationId, versionId, outcomeId).indicators();
        for (int i = 0; i < order.size(); i++) {
            outcomes.indicatorPosition(organisationId, order.get(i).id(), i + 1);
        }
    }

    private static <T> boolean swap(List<T> order, int at, boolean up) {
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= order.size()) {
            return false;
        }
        T moving = order.get(at);
        order.set(at, order.get(to));
        order.set(to, moving);
        return true;
    }

    private static ConflictException changedMeanwhile(String what) {
        return new ConflictException("Someone else changed this " + what + " while you were editing. Reload the "
                + "page to see their changes, then make yours again.");
    }
}
