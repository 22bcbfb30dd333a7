package org.tandem.insight.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundedServiceRepository;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;

/**
 * Setting up assessment rounds: their details and rule, their quality areas and rating guide, the services they visit,
 * and the steps that move them on. Commissioners and commissioning officers of the organisation leading the commission
 * manage rounds; assessors reach a round only through the visits they are on. Every change is audited.
 */
@Service
public class QualityRounds {

    public static final int MAX_AREAS = 30;

    private final RoundRepository rounds;
    private final AreaRepository areas;
    private final VisitRepository visits;
    private final DecisionRepository decisions;
    private final FundedServiceRepository fundedServices;
    private final Commissions commissions;
    private final AuditLog audit;
    private final Clock clock;

    QualityRounds(RoundRepository rounds, AreaRepository areas, VisitRepository visits, DecisionRepository decisions,
                  FundedServiceRepository fundedServices, Commissions commissions, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.areas = areas;
        this.visits = visits;
        this.decisions = decisions;
        this.fundedServices = fundedServices;
        this.commissions = commissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The commission's rounds that the viewer may see: all of them for managers, else those with their visits. */
    public ResultPage<RoundRepository.Listing> list(Viewer viewer, UUID commissionId, RoundRepository.Filter filter,
                                                    RoundRepository.Sort sort, PageRequest page) {
        commission(viewer, commissionId);
        RoundRepository.Filter visible = viewer.manages() ? filter
                : new RoundRepository.Filter(filter.text(), filter.status(), viewer.personId());
        return rounds.list(viewer.organisationId(), commissionId, visible, sort, page);
    }

    public CommissionView commission(Viewer viewer, UUID commissionId) {
        return commissions.find(commissionId, viewer.organisationId())
                .orElseThrow(() -> new NotFoundException("Commission"));
    }

    /** The round, if the viewer manages rounds or is on the team of one of its visits; otherwise it is not found. */
    public QualityRound round(Viewer viewer, UUID commissionId, UUID roundId) {
        QualityRound round = rounds.find(viewer.organisationId(), commissionId, roundId)
                .orElseThrow(() -> new NotFoundException("Assessment round"));
        if (!viewer.manages() && visits.visitsOf(viewer.organisationId(), roundId).stream()
                .noneMatch(v -> v.hasAssessor(viewer.personId()))) {
            throw new NotFoundException("Assessment round");
        }
        return round;
    }

    /** The round, for managing it. */
    public QualityRound managed(Viewer viewer, UUID commissionId, UUID roundId) {
        QualityRound round = round(viewer, commissionId, roundId);
        requireManager(viewer);
        return round;
    }

    @Transactional
    public QualityRound create(Viewer viewer, UUID commissionId, RoundDraft draft, boolean fromTemplate) {
        requireManager(viewer);
        CommissionView commission = commission(viewer, commissionId);
        if (!commission.ledBy(viewer.organisationId())) {
            throw new AccessDeniedException(commission.lead().name() + " leads this commission, so its assessment "
                    + "rounds are set up there");
        }
        Instant now = clock.instant();
        QualityRound round = new QualityRound(UUID.randomUUID(), viewer.organisationId(), commissionId,
                draft.title(), draft.purpose(), draft.visitsFrom(), draft.visitsUntil(), RoundStatus.DRAFT,
                draft.rule(), now, 0);
        rounds.insert(round, viewer.personId(), now);
        if (fromTemplate) {
            AreaTemplate.NINE_AREAS.forEach(area -> areas.add(viewer.organisationId(), round.id(), area));
        }
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-round.created",
                "quality-round", round.id(), "Assessment round " + draft.title() + " set up for " + commission.title()
                        + (fromTemplate ? ", starting from the nine-area template" : "")).after(draft));
        return round;
    }

    @Transactional
    public QualityRound update(Viewer viewer, UUID commissionId, UUID roundId, int version, RoundDraft draft) {
        QualityRound before = managed(viewer, commissionId, roundId);
        before.requirePlanning("The round's details and rule");
        if (!rounds.update(viewer.organisationId(), roundId, version, draft, clock.instant())) {
            throw new ConflictException("Someone else changed this round while you were editing. Reload the page "
                    + "to see their changes, then make yours again.");
        }
        QualityRound after = managed(viewer, commissionId, roundId);
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-round.changed",
                "quality-round", roundId, "Assessment round " + after.title() + " changed")
                .before(details(before)).after(draft));
        return after;
    }

    /** Takes the round's next step. Sharing results with providers, and closing, are the commissioner's to do. */
    @Transactional
    public QualityRound take(Viewer viewer, UUID commissionId, UUID roundId, int version, RoundTransition step) {
        QualityRound round = managed(viewer, commissionId, roundId);
        if ((step == RoundTransition.SHARE_RESULTS || step == RoundTransition.CLOSE) && !viewer.isCommissioner()) {
            throw new AccessDeniedException("Only a commissioner can " + step.label().toLowerCase(java.util.Locale.UK));
        }
        if (round.version() != version) {
            throw new ConflictException("Someone else changed this round since you loaded the page. It is now in "
                    + round.status().label() + ". Reload the page and try again.");
        }
        RoundStatus to = round.take(step, progress(round));
        if (!rounds.move(viewer.organisationId(), roundId, version, round.status(), to, clock.instant())) {
            throw new ConflictException("Someone else changed this round at the same moment. Reload and try again.");
        }
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-round.moved", "quality-round",
                        roundId, round.title() + " moved from " + round.status().label() + " to " + to.label())
                .before(Map.of("status", round.status().name())).after(Map.of("status", to.name())));
        return managed(viewer, commissionId, roundId);
    }

    public RoundProgress progress(QualityRound round) {
        List<QualityArea> roundAreas = areas.areasOf(round.organisationId(), round.id());
        List<Visit> roundVisits = visits.visitsOf(round.organisationId(), round.id());
        int decided = decisions.decisionsOf(round.organisationId(), round.id()).size();
        return new RoundProgress(roundAreas.size(),
                roundAreas.stream().filter(a -> !a.hasFullGuide()).map(QualityArea::name).toList(),
                (int) roundVisits.stream().filter(v -> !v.team().isEmpty()).count(),
                (int) roundVisits.stream().filter(Visit::isSubmitted).count(), decided,
                rounds.serviceIds(round.id()).size() - decided);
    }

    public List<QualityArea> areas(QualityRound round) {
        return areas.areasOf(round.organisationId(), round.id());
    }

    public QualityArea area(Viewer viewer, UUID commissionId, UUID roundId, UUID areaId) {
        QualityRound round = managed(viewer, commissionId, roundId);
        return areas.find(round.organisationId(), roundId, areaId)
                .orElseThrow(() -> new NotFoundException("Quality area"));
    }

    @Transactional
    public QualityArea addArea(Viewer viewer, UUID commissionId, UUID roundId, AreaDraft draft) {
        QualityRound round = managed(viewer, commissionId, roundId);
        round.requireDraft("Quality areas");
        if (areas(round).size() >= MAX_AREAS) {
            throw new RuleViolation(null, "A round can have up to " + MAX_AREAS + " quality areas");
        }
        requireUniqueName(roundId, draft.name(), null);
        QualityArea added = areas.add(round.organisationId(), roundId, draft);
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-area.added", "quality-round",
                roundId, "Quality area " + draft.name() + " added to " + round.title()).after(draft));
        return added;
    }

    @Transactional
    public void changeArea(Viewer viewer, UUID commissionId, UUID roundId, UUID areaId, AreaDraft draft) {
        QualityArea before = area(viewer, commissionId, roundId, areaId);
        QualityRound round = managed(viewer, commissionId, roundId);
        round.requireDraft("Quality areas");
        requireUniqueName(roundId, draft.name(), areaId);
        areas.change(round.organisationId(), areaId, draft);
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-area.changed",
                "quality-round", roundId, "Quality area " + before.name() + " changed in " + round.title())
                .before(before.draft()).after(draft));
    }

    /** Moves the area one place up or down the round's list; at either end it stays where it is. */
    @Transactional
    public void moveArea(Viewer viewer, UUID commissionId, UUID roundId, UUID areaId, boolean up) {
        QualityArea area = area(viewer, commissionId, roundId, areaId);
        QualityRound round = managed(viewer, commissionId, roundId);
        round.requireDraft("Quality areas");
        List<QualityArea> all = areas(round);
        int at = all.stream().map(QualityArea::id).toList().indexOf(areaId);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= all.size()) {
            return;
        }
        areas.swap(round.organisationId(), area, all.get(to));
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-area.moved", "quality-round",
                roundId, "Quality area " + area.name() + " moved " + (up ? "up" : "down") + " in " + round.title()));
    }

    @Transactional
    public void removeArea(Viewer viewer, UUID commissionId, UUID roundId, UUID areaId) {
        QualityArea area = area(viewer, commissionId, roundId, areaId);
        QualityRound round = managed(viewer, commissionId, roundId);
        round.requireDraft("Quality areas");
        areas.remove(round.organisationId(), areaId);
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-area.removed",
                "quality-round", roundId, "Quality area " + area.name() + " removed from " + round.title())
                .before(area.draft()));
    }

    /** The services the round visits; an assessor sees only those their visits are to. */
    public List<FundedService> services(Viewer viewer, QualityRound round) {
        Set<UUID> visible = viewer.manages() ? Set.copyOf(rounds.serviceIds(round.id()))
                : visits.visitsOf(round.organisationId(), round.id()).stream()
                .filter(v -> v.hasAssessor(viewer.personId())).map(Visit::serviceId).collect(Collectors.toSet());
        return fundedServices.servicesOf(round.organisationId()).stream().filter(s -> visible.contains(s.id()))
                .toList();
    }

    /** The organisation's current services that the round does not visit yet. */
    public List<FundedService> servicesToAdd(QualityRound round) {
        List<UUID> chosen = rounds.serviceIds(round.id());
        return fundedServices.servicesOf(round.organisationId()).stream().filter(s -> !chosen.contains(s.id()))
                .toList();
    }

    /** Services can join a round until moderation starts, so a visit can be added during visits. */
    @Transactional
    public FundedService addService(Viewer viewer, UUID commissionId, UUID roundId, UUID serviceId) {
        QualityRound round = managed(viewer, commissionId, roundId);
        FundedService service = fundedServices.find(round.organisationId(), serviceId)
                .orElseThrow(() -> new NotFoundException("Service"));
        round.requirePlanning("The services visited");
        if (rounds.addService(round.organisationId(), roundId, serviceId, clock.instant())) {
            audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-round.service-added",
                    "quality-round", roundId, service.name() + " added to " + round.title()));
        }
        return service;
    }

    /** Only from a draft: once visits start, a service's visits and ratings are the round's record. */
    @Transactional
    public void removeService(Viewer viewer, UUID commissionId, UUID roundId, UUID serviceId) {
        QualityRound round = managed(viewer, commissionId, roundId);
        FundedService service = fundedServices.find(round.organisationId(), serviceId)
                .filter(s -> rounds.serviceIds(roundId).contains(s.id()))
                .orElseThrow(() -> new NotFoundException("Service"));
        round.requireDraft("The services visited");
        rounds.removeService(round.organisationId(), roundId, serviceId);
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-round.service-removed",
                "quality-round", roundId, service.name() + " removed from " + round.title()));
    }

    static void requireManager(Viewer viewer) {
        if (!viewer.manages()) {
            throw new AccessDeniedException("Only a commissioner or commissioning officer can do this");
        }
    }

    private void requireUniqueName(UUID roundId, String name, UUID except) {
        if (areas.nameTaken(roundId, name, except)) {
            throw new RuleViolation("name", "This round already has a quality area called " + name);
        }
    }

    private static RoundDraft details(QualityRound round) {
        return new RoundDraft(round.title(), round.purpose(), round.visitsFrom(), round.visitsUntil(), round.rule());
    }
}
