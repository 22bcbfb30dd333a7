package org.tandem.commissions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.ChecklistItem;
import org.tandem.commissions.CommissionCreated;
import org.tandem.commissions.CommissionPhaseChanged;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.commissions.Phase;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;

import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * Starting, changing and moving commissions through the cycle. The organisation that leads a commission changes it;
 * partner organisations see it. Every change is audited and announced as an event.
 */
@Service
public class CommissionService implements Commissions {

    private final CommissionRepository commissions;
    private final Organisations organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommissionService(CommissionRepository commissions, Organisations organisations, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.commissions = commissions;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<CommissionView> find(UUID commissionId, UUID organisationId) {
        return commissions.findVisibleTo(commissionId, organisationId).map(row -> views(List.of(row)).getFirst());
    }

    public CommissionView view(CurrentUser.Membership organisation, UUID commissionId) {
        return find(commissionId, organisation.organisationId()).orElseThrow(() -> new NotFoundException("Commission"));
    }

    public ResultPage<CommissionView> list(CurrentUser.Membership organisation, CommissionRepository.Filter filter,
                                           CommissionRepository.Sort sort, PageRequest page) {
        ResultPage<CommissionRow> rows = commissions.visibleTo(organisation.organisationId(), filter, sort, page);
        return new ResultPage<>(views(rows.items()), rows.page(), rows.size(), rows.total());
    }

    public List<PhaseChange> history(CurrentUser.Membership organisation, UUID commissionId) {
        view(organisation, commissionId);
        return commissions.phaseChanges(commissionId);
    }

    public Map<ChecklistItem, ChecklistTick> checklist(CurrentUser.Membership organisation, UUID commissionId) {
        view(organisation, commissionId);
        Map<ChecklistItem, ChecklistTick> ticks = new HashMap<>();
        commissions.ticks(commissionId).forEach(t -> ticks.put(t.item(), t));
        return ticks;
    }

    /** Partners a commission led by this organisation may name: other commissioning bodies and partnerships. */
    public List<OrganisationSummary> possiblePartners(CurrentUser.Membership organisation) {
        return organisations.commissioningPartnersFor(organisation.organisationId());
    }

    @Transactional
    public CommissionView create(CurrentUser user, CurrentUser.Membership organisation, CommissionDraft draft) {
        if (organisation.kind() == OrganisationKind.PROVIDER) {
            throw new AccessDeniedException("Providers do not start commissions");
        }
        checkPartners(organisation.organisationId(), draft.partnerIds());
        return createAs(new Actor(user.personId(), user.displayName()), organisation.organisationId(), draft);
    }

    /** Also used for demo data, where nobody is signed in. */
    @Transactional
    public CommissionView createAs(Actor actor, UUID organisationId, CommissionDraft draft) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        UUID createdBy = actor.actorId() == null ? new UUID(0, 0) : actor.actorId();
        commissions.insert(id, organisationId, draft, Phase.INSIGHT, createdBy, now);
        commissions.recordPhaseChange(id, null, Phase.INSIGHT, "Commission started", createdBy, actor.name(), now);
        audit.recordAs(actor, AuditEntry.of(organisationId, "commission.created", "commission", id,
                "Commission " + draft.title() + " started in Insight").after(draft));
        events.publishEvent(new CommissionCreated(id, organisationId, draft.title()));
        return find(id, organisationId).orElseThrow();
    }

    @Transactional
    public CommissionView update(CurrentUser.Membership organisation, UUID commissionId, int version,
                                 CommissionDraft draft) {
        CommissionView before = requireLead(organisation, commissionId);
        checkPartners(organisation.organisationId(), draft.partnerIds());
        if (!commissions.update(commissionId, version, draft, clock.instant())) {
            throw new ConflictException("Someone else changed this commission while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        CommissionView after = view(organisation, commissionId);
        audit.record(AuditEntry.of(organisation.organisationId(), "commission.updated", "commission", commissionId,
                "Commission " + after.title() + " updated").before(before).after(after));
        return after;
    }

    /** Moves the commission one phase on, or (commissioners only, with a reason) one phase back. */
    @Transactional
    public CommissionView movePhase(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                                    int version, Phase target, String reason) {
        CommissionView current = requireLead(organisation, commissionId);
        if (current.version() != version) {
            throw new ConflictException("Someone else changed this commission since you loaded the page. "
                    + "It is now in " + current.phase().label() + ". Reload the page and try again.");
        }
        Commission aggregate = new Commission(current.id(), current.lead().id(), current.title(), current.phase(),
                current.version());
        Commission.PhaseMove move = aggregate.plan(target, reason, organisation.has(Role.COMMISSIONER));
        Instant now = clock.instant();
        if (!commissions.movePhase(commissionId, version, move.from(), move.to(), now)) {
            throw new ConflictException("Someone else changed this commission at the same moment. Reload and try again.");
        }
        commissions.recordPhaseChange(commissionId, move.from(), move.to(), move.reason(), user.personId(),
                user.displayName(), now);
        audit.record(AuditEntry.of(organisation.organisationId(), "commission.phase-changed", "commission",
                        commissionId, current.title() + (move.isStepBack() ? " moved back from " : " moved from ")
                                + move.from().label() + " to " + move.to().label()
                                + (move.reason() != null ? ": " + move.reason() : ""))
                .before(Map.of("phase", move.from().name()))
                .after(move.reason() == null ? Map.of("phase", move.to().name())
                        : Map.of("phase", move.to().name(), "reason", move.reason())));
        events.publishEvent(new CommissionPhaseChanged(commissionId, organisation.organisationId(), move.from(),
                move.to(), move.reason(), user.personId()));
        return view(organisation, commissionId);
    }

    @Transactional
    public void tick(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId, String itemKey,
                     boolean done, String note) {
        CommissionView commission = requireLead(organisation, commissionId);
        ChecklistItem item = ChecklistItem.byKey(itemKey).orElseThrow(() -> new NotFoundException("Checklist item"));
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new RuleViolation("note", "Note must be 1000 characters or fewer");
        }
        if (done) {
            commissions.tick(commissionId, item, cleanNote, user.personId(), user.displayName(), clock.instant());
        } else if (!commissions.untick(commissionId, item)) {
            return;
        }
        audit.record(AuditEntry.of(organisation.organisationId(),
                done ? "commission.checklist-ticked" : "commission.checklist-unticked", "commission", commissionId,
                (done ? "Done in " : "Not yet done in ") + commission.title() + ": " + item.text())
                .after(cleanNote == null ? Map.of("item", item.key()) : Map.of("item", item.key(), "note", cleanNote)));
    }

    /** Demo data ticks items as the commissioner who did the work. */
    @Transactional
    public void tickAs(Actor actor, UUID organisationId, UUID commissionId, ChecklistItem item, String note) {
        commissions.tick(commissionId, item, note, actor.actorId(), actor.name(), clock.instant());
        audit.recordAs(actor, AuditEntry.of(organisationId, "commission.checklist-ticked", "commission", commissionId,
                "Done: " + item.text()));
    }

    private CommissionView requireLead(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = view(organisation, commissionId);
        if (!commission.ledBy(organisation.organisationId())) {
            throw new AccessDeniedException(commission.lead().name() + " leads this commission; "
                    + organisation.organisationName() + " is a partner and can see it but not change it");
        }
        return commission;
    }

    private void checkPartners(UUID leadId, Set<UUID> partnerIds) {
        Set<UUID> allowed = organisations.commissioningPartnersFor(leadId).stream().map(OrganisationSummary::id)
                .collect(Collectors.toSet());
        for (UUID partner : partnerIds) {
            if (!allowed.contains(partner)) {
                throw new RuleViolation("partnerIds", "Partners must be other commissioning bodies or partnerships");
            }
        }
    }

    private List<CommissionView> views(List<CommissionRow> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.organisationId());
            ids.addAll(r.partnerIds());
        });
        Map<UUID, OrganisationSummary> names = organisations.findAll(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o));
        return rows.stream().map(r -> new CommissionView(r.id(), names.get(r.organisationId()),
                r.partnerIds().stream().map(names::get).filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(OrganisationSummary::name)).toList(),
                r.title(), r.summary(), r.serviceArea(), r.level(), r.budget(), r.startsOn(), r.endsOn(), r.phase(),
                r.createdAt(), r.version())).toList();
    }

}
