package org.tandem.outcomes.logic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.InsightReference;
import org.tandem.insight.InsightReferences;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.outcomes.shared.PlanningAccess;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;

/**
 * A commission's logic models: writing one for an outcome or a service, its steps and the links between them. The
 * lead organisation writes them and every change is audited; partners read. A model of an outcome belongs to the
 * framework version the outcome is in and is locked, through every route, once that version is agreed; it can be
 * copied to the outcome in the next draft.
 */
@Service
public class LogicModelService {

    /** Enough for a rich theory of change; more boxes than this would no longer read as a diagram. */
    public static final int MOST_STEPS_PER_STAGE = 12;
    public static final int MOST_LINKS = 60;

    private final LogicModelRepository models;
    private final OutcomesFrameworks frameworks;
    private final InsightReferences insight;
    private final PlanningAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LogicModelService(LogicModelRepository models, OutcomesFrameworks frameworks, InsightReferences insight,
                      PlanningAccess access, AuditLog audit, Clock clock) {
        this.models = models;
        this.frameworks = frameworks;
        this.insight = insight;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LogicModel> list(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = access.readable(organisation, commissionId);
        return complete(commission, models.of(commission.lead().id(), commissionId));
    }

    public LogicModel view(CurrentUser.Membership organisation, UUID commissionId, UUID modelId) {
        return find(access.readable(organisation, commissionId), modelId);
    }

    /** The outcomes a new model can explain: those of the framework's version still open for changes. */
    public List<OutcomeView> outcomesToModel(CommissionView commission) {
        return openVersion(commission)
                .map(v -> frameworks.outcomes(commission.lead().id(), v.id())).orElse(List.of());
    }

    public List<InsightReference> currentServices(CommissionView commission) {
        return insight.currentServices(commission.lead().id());
    }

    public List<InsightReference> evidenceItems(CommissionView commission) {
        return insight.evidenceItems(commission.lead().id(), commission.id());
    }

    @Transactional
    public LogicModel create(CurrentUser.Membership organisation, UUID commissionId, ModelDraft draft) {
        return create(access.changeable(organisation, commissionId), draft, null);
    }

    /** For work done outside a web request, such as the demo story. */
    @Transactional
    public LogicModel createAs(AuditLog.Actor actor, UUID leadOrganisationId, UUID commissionId, ModelDraft draft) {
        return create(access.readable(leadOrganisationId, commissionId), draft, actor);
    }

    @Transactional
    public LogicModel rename(CurrentUser.Membership organisation, UUID commissionId, UUID modelId, int version,
                             String title, String summary) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel before = changeable(commission, modelId);
        if (!models.rename(commission.lead().id(), modelId, version, title, summary, clock.instant())) {
            throw new ConflictException("Someone else changed this logic model while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        LogicModel after = find(commission, modelId);
        write(AuditEntry.of(commission.lead().id(), "outcomes.logic-model-changed", "logic-model", modelId,
                "Logic model " + after.title() + " changed on " + commission.title())
                .before(Map.of("title", before.title(), "summary", String.valueOf(before.summary())))
                .after(Map.of("title", after.title(), "summary", String.valueOf(after.summary()))), null);
        return after;
    }

    @Transactional
    public LogicModel remove(CurrentUser.Membership organisation, UUID commissionId, UUID modelId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel removed = changeable(commission, modelId);
        models.delete(commission.lead().id(), modelId);
        write(AuditEntry.of(commission.lead().id(), "outcomes.logic-model-removed", "logic-model", modelId,
                "Logic model " + removed.title() + " removed from " + commission.title()).before(removed), null);
        return removed;
    }

    @Transactional
    public LogicStep addStep(CurrentUser.Membership organisation, UUID commissionId, UUID modelId, StepDraft draft) {
        return addStep(access.changeable(organisation, commissionId), modelId, draft, null);
    }

    @Transactional
    public LogicStep addStepAs(AuditLog.Actor actor, UUID leadOrganisationId, UUID commissionId, UUID modelId,
                               StepDraft draft) {
        return addStep(access.readable(leadOrganisationId, commissionId), modelId, draft, actor);
    }

    @Transactional
    public void removeStep(CurrentUser.Membership organisation, UUID commissionId, UUID modelId, UUID stepId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel model = changeable(commission, modelId);
        LogicStep step = model.step(stepId).orElseThrow(() -> new NotFoundException("Step"));
        models.removeStep(commission.lead().id(), modelId, stepId);
        write(AuditEntry.of(commission.lead().id(), "outcomes.logic-step-removed", "logic-model", modelId,
                step.stage().singular() + " \"" + step.text() + "\" and its links removed from " + model.title())
                .before(step), null);
    }

    @Transactional
    public LogicLink addLink(CurrentUser.Membership organisation, UUID commissionId, UUID modelId, LinkDraft draft) {
        return addLink(access.changeable(organisation, commissionId), modelId, draft, null);
    }

    @Transactional
    public LogicLink addLinkAs(AuditLog.Actor actor, UUID leadOrganisationId, UUID commissionId, UUID modelId,
                               LinkDraft draft) {
        return addLink(access.readable(leadOrganisationId, commissionId), modelId, draft, actor);
    }

    /** Rewords a link's assumption and evidence. */
    @Transactional
    public LogicLink changeLink(CurrentUser.Membership organisation, UUID commissionId, UUID modelId, UUID linkId,
                                LinkDraft draft) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel model = changeable(commission, modelId);
        LogicLink before = model.link(linkId).orElseThrow(() -> new NotFoundException("Link"));
        checkEvidence(commission, draft);
        models.changeLink(commission.lead().id(), modelId, linkId, draft);
        LogicLink after = find(commission, modelId).link(linkId).orElseThrow();
        write(AuditEntry.of(commission.lead().id(), "outcomes.logic-link-changed", "logic-model", modelId,
                "Link " + after.number() + " of " + model.title() + " changed").before(before).after(after), null);
        return after;
    }

    @Transactional
    public void removeLink(CurrentUser.Membership organisation, UUID commissionId, UUID modelId, UUID linkId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel model = changeable(commission, modelId);
        LogicLink link = model.link(linkId).orElseThrow(() -> new NotFoundException("Link"));
        models.removeLink(commission.lead().id(), modelId, linkId);
        write(AuditEntry.of(commission.lead().id(), "outcomes.logic-link-removed", "logic-model", modelId,
                "Link " + link.number() + " removed from " + model.title()).before(link), null);
    }

    /**
     * Copies a locked model of an outcome, steps, links and all, to the same outcome in the framework's draft
     * version, so the theory of change can move on with the framework while the agreed one stays as agreed.
     */
    @Transactional
    public LogicModel copyToDraft(CurrentUser.Membership organisation, UUID commissionId, UUID modelId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel original = find(commission, modelId);
        UUID lead = commission.lead().id();
        OutcomeView outcome = original.outcomeId() == null ? null
                : frameworks.outcome(lead, original.outcomeId()).orElse(null);
        FrameworkVersionView draft = openVersion(commission).orElse(null);
        if (outcome == null || draft == null || !original.locked()) {
            throw new RuleViolation(null, "Only a locked model of an outcome can be copied, and only when the "
                    + "outcomes framework has a new draft version");
        }
        OutcomeView same = frameworks.outcomes(lead, draft.id()).stream()
                .filter(o -> o.lineageId().equals(outcome.lineageId())).findFirst()
                .orElseThrow(() -> new RuleViolation(null, "The outcome is no longer in " + draft.label()
                        + " of the outcomes framework"));
        LogicModel copy = create(commission, new ModelDraft(original.title(), original.summary(),
                LogicSubject.OUTCOME, same.id(), null, null), null);
        Map<UUID, UUID> newStepIds = new HashMap<>();
        for (LogicStep step : original.steps()) {
            newStepIds.put(step.id(), models.addStep(lead, copy.id(), new StepDraft(step.stage(), step.text())));
        }
        for (LogicLink link : original.links()) {
            models.addLink(lead, copy.id(), new LinkDraft(newStepIds.get(link.fromStepId()),
                    newStepIds.get(link.toStepId()), link.assumption(), link.evidenceItemId(), link.evidenceText()));
        }
        return find(commission, copy.id());
    }

    private LogicModel create(CommissionView commission, ModelDraft draft, AuditLog.Actor actor) {
        UUID lead = commission.lead().id();
        UUID versionId = null;
        switch (draft.subject()) {
            case OUTCOME -> {
                OutcomeView outcome = frameworks.outcome(lead, draft.outcomeId())
                        .filter(o -> belongsTo(commission, o))
                        .orElseThrow(() -> new RuleViolation("outcomeId", "Choose an outcome of the commission's "
                                + "outcomes framework"));
                if (frameworks.isLocked(lead, outcome.versionId())) {
                    throw new RuleViolation("outcomeId", "That outcome is in an agreed version of the framework, "
                            + "which can no longer change; choose one from the draft version");
                }
                versionId = outcome.versionId();
            }
            case CURRENT_SERVICE -> insight.currentService(lead, draft.serviceId())
                    .orElseThrow(() -> new RuleViolation("serviceId", "Choose a service from the baseline"));
            case PLANNED_SERVICE -> {
                // named by the person: nothing to look up
            }
        }
        UUID id = models.insert(lead, commission.id(), draft, versionId, clock.instant());
        LogicModel created = find(commission, id);
        write(AuditEntry.of(lead, "outcomes.logic-model-created", "logic-model", id, "Logic model " + created.title()
                + " written for " + created.subjectName() + " on " + commission.title()).after(draft), actor);
        return created;
    }

    private LogicStep addStep(CommissionView commission, UUID modelId, StepDraft draft, AuditLog.Actor actor) {
        LogicModel model = changeable(commission, modelId);
        if (models.stepCount(modelId, draft.stage()) >= MOST_STEPS_PER_STAGE) {
            throw new RuleViolation("text", "A logic model can have up to " + MOST_STEPS_PER_STAGE + " "
                    + draft.stage().label().toLowerCase(Locale.UK) + "; combine some first");
        }
        UUID id = models.addStep(commission.lead().id(), modelId, draft);
        LogicStep step = find(commission, modelId).step(id).orElseThrow();
        write(AuditEntry.of(commission.lead().id(), "outcomes.logic-step-added", "logic-model", modelId,
                step.stage().singular() + " \"" + step.text() + "\" added to " + model.title()).after(step), actor);
        return step;
    }

    private LogicLink addLink(CommissionView commission, UUID modelId, LinkDraft draft, AuditLog.Actor actor) {
        LogicModel model = changeable(commission, modelId);
        LogicStep from = model.step(draft.fromStepId())
                .orElseThrow(() -> new RuleViolation("fromStepId", "Choose where the link starts from the list"));
        LogicStep to = model.step(draft.toStepId())
                .orElseThrow(() -> new RuleViolation("toStepId", "Choose where the link leads from the list"));
        if (from.stage().next() != to.stage()) {
            throw new RuleViolation("toStepId", "A link leads from one stage to the next: inputs to activities, "
                    + "activities to outputs, outputs to outcomes. " + from.stage().singular() + " \"" + from.text()
                    + "\" cannot lead to " + to.stage().singular().toLowerCase(Locale.UK) + " \""
                    + to.text() + "\"");
        }
        if (model.links().stream().anyMatch(l -> l.fromStepId().equals(from.id()) && l.toStepId().equals(to.id()))) {
            throw new RuleViolation("toStepId", "\"" + from.text() + "\" already leads to \"" + to.text() + "\"");
        }
        if (model.links().size() >= MOST_LINKS) {
            throw new RuleViolation(null, "A logic model can have up to " + MOST_LINKS + " links");
        }
        checkEvidence(commission, draft);
        UUID id = models.addLink(commission.lead().id(), modelId, draft);
        LogicLink link = find(commission, modelId).link(id).orElseThrow();
        write(AuditEntry.of(commission.lead().id(), "outcomes.logic-link-added", "logic-model", modelId,
                "Link from \"" + from.text() + "\" to \"" + to.text() + "\" added to " + model.title()).after(link),
                actor);
        return link;
    }

    /** Evidence is chosen from the commission's own items; an id from anywhere else is refused, never trusted. */
    private void checkEvidence(CommissionView commission, LinkDraft draft) {
        if (draft.evidenceItemId() != null
                && insight.evidenceItem(commission.lead().id(), commission.id(), draft.evidenceItemId()).isEmpty()) {
            throw new RuleViolation("evidenceItemId", "Choose an evidence item of this commission from the list");
        }
    }

    /** The model, when it may still change: a model of an agreed version's outcome is locked. */
    private LogicModel changeable(CommissionView commission, UUID modelId) {
        LogicModel model = find(commission, modelId);
        if (model.locked()) {
            throw new ConflictException(model.versionLabel() + " of the outcomes framework has been agreed, so its "
                    + "logic models are locked. Copy this one to the draft version to change it.");
        }
        return model;
    }

    private LogicModel find(CommissionView commission, UUID modelId) {
        LogicModelRepository.Stored stored = models.find(commission.lead().id(), commission.id(), modelId)
                .orElseThrow(() -> new NotFoundException("Logic model"));
        return complete(commission, List.of(stored)).getFirst();
    }

    private List<LogicModel> complete(CommissionView commission, List<LogicModelRepository.Stored> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        UUID lead = commission.lead().id();
        List<UUID> ids = stored.stream().map(LogicModelRepository.Stored::id).toList();
        Map<UUID, List<LogicStep>> steps = models.steps(ids);
        Map<UUID, List<LogicModelRepository.StoredLink>> links = models.links(ids);
        Map<UUID, String> evidence = insight.evidenceItems(lead, commission.id()).stream()
                .collect(Collectors.toMap(InsightReference::id, InsightReference::title));
        Map<UUID, String> services = stored.stream().anyMatch(s -> s.serviceId() != null)
                ? insight.currentServices(lead).stream()
                .collect(Collectors.toMap(InsightReference::id, InsightReference::title)) : Map.of();
        List<LogicModel> complete = new ArrayList<>();
        for (LogicModelRepository.Stored s : stored) {
            List<LogicLink> numbered = new ArrayList<>();
            for (LogicModelRepository.StoredLink l : links.getOrDefault(s.id(), List.of())) {
                numbered.add(new LogicLink(l.id(), numbered.size() + 1, l.fromStepId(), l.toStepId(), l.assumption(),
                        l.evidenceItemId(), l.evidenceItemId() == null ? null : evidence.get(l.evidenceItemId()),
                        l.evidenceText()));
            }
            String versionLabel = s.versionId() == null ? null : frameworks.version(lead, s.versionId())
                    .map(FrameworkVersionView::label).orElse("An earlier version");
            boolean locked = s.versionId() != null && frameworks.isLocked(lead, s.versionId());
            complete.add(new LogicModel(s.id(), s.commissionId(), s.title(), s.summary(), s.subject(), s.outcomeId(),
                    s.versionId(), s.serviceId(), s.plannedService(), subjectName(lead, s, services), versionLabel,
                    locked, steps.getOrDefault(s.id(), List.of()), numbered, s.version()));
        }
        return complete;
    }

    private String subjectName(UUID lead, LogicModelRepository.Stored s, Map<UUID, String> services) {
        return switch (s.subject()) {
            case OUTCOME -> frameworks.outcome(lead, s.outcomeId()).map(OutcomeView::ownWords)
                    .orElse("An outcome no longer in the framework");
            case CURRENT_SERVICE -> Optional.ofNullable(services.get(s.serviceId()))
                    .orElse("A service no longer in the baseline");
            case PLANNED_SERVICE -> s.plannedService();
        };
    }

    private boolean belongsTo(CommissionView commission, OutcomeView outcome) {
        return frameworks.forCommission(commission.lead().id(), commission.id())
                .map(f -> f.versions().stream().anyMatch(v -> v.id().equals(outcome.versionId()))).orElse(false);
    }

    private Optional<FrameworkVersionView> openVersion(CommissionView commission) {
        return frameworks.forCommission(commission.lead().id(), commission.id()).flatMap(FrameworkView::open)
                .filter(FrameworkVersionView::isDraft);
    }

    private void write(AuditEntry entry, AuditLog.Actor actor) {
        if (actor == null) {
            audit.record(entry);
        } else {
            audit.recordAs(actor, entry);
        }
    }
}
