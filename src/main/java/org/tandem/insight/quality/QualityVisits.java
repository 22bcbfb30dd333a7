package org.tandem.insight.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundedServiceRepository;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.People;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;

/**
 * Visits: planning them with their teams, recording ratings, submitting (which locks them) and reopening. Assessors
 * reach only the visits they are on the team for; any other visit is "not found" to them, as if it did not exist.
 */
@Service
public class QualityVisits {

    private final QualityRounds rounds;
    private final RoundRepository roundRows;
    private final VisitRepository visits;
    private final DecisionRepository decisions;
    private final FundedServiceRepository fundedServices;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    QualityVisits(QualityRounds rounds, RoundRepository roundRows, VisitRepository visits,
                  DecisionRepository decisions, FundedServiceRepository fundedServices, People people,
                  AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.roundRows = roundRows;
        this.visits = visits;
        this.decisions = decisions;
        this.fundedServices = fundedServices;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The round's visits the viewer may see: every one for managers, else their own. */
    public List<Visit> visits(Viewer viewer, QualityRound round) {
        return visits.visitsOf(round.organisationId(), round.id()).stream()
                .filter(v -> viewer.manages() || v.hasAssessor(viewer.personId())).toList();
    }

    /** The people who can be put on a team: citizen co-producers, panel members, commissioners and officers. */
    public List<PersonSummary> possibleAssessors(Viewer viewer) {
        return people.withAnyRole(viewer.organisationId(), Assessor.ROLES);
    }

    /** Every visit the viewer is on the team for in this organisation, those still to record first. */
    public List<AssignedVisit> assignedTo(Viewer viewer) {
        List<Visit> mine = visits.assignedTo(viewer.organisationId(), viewer.personId());
        Map<UUID, String> serviceNames = fundedServices.servicesOf(viewer.organisationId()).stream()
                .collect(Collectors.toMap(FundedService::id, FundedService::name));
        Map<UUID, QualityRound> byId = mine.stream().map(Visit::roundId).distinct()
                .map(id -> roundRows.find(viewer.organisationId(), id)).flatMap(Optional::stream)
                .collect(Collectors.toMap(QualityRound::id, Function.identity()));
        return mine.stream().filter(v -> byId.containsKey(v.roundId()))
                .map(v -> new AssignedVisit(v, byId.get(v.roundId()), serviceNames.get(v.serviceId()))).toList();
    }

    @Transactional
    public Visit plan(Viewer viewer, UUID commissionId, UUID roundId, VisitPlan plan) {
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        round.requirePlanning("Visits");
        FundedService service = serviceOf(round, plan.serviceId());
        List<Assessor> team = team(viewer, plan.assessorIds());
        Visit visit = new Visit(UUID.randomUUID(), round.organisationId(), roundId, service.id(), plan.visitDate(),
                VisitStatus.TO_DO, team, null, null, 0);
        visits.insert(visit, clock.instant());
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-visit.planned",
                "quality-visit", visit.id(), "Visit to " + service.name() + " planned for "
                        + Timestamps.longDate(plan.visitDate()) + " with " + names(team))
                .after(Map.of("service", service.name(), "date", plan.visitDate().toString(), "team", names(team))));
        return visit;
    }

    @Transactional
    public Visit replan(Viewer viewer, UUID commissionId, UUID roundId, UUID visitId, int version, VisitPlan plan) {
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        Visit before = visit(round, visitId);
        round.requirePlanning("Visits");
        if (before.isSubmitted()) {
            throw new RuleViolation(null, "This visit has been submitted, so its plan can no longer change");
        }
        FundedService service = serviceOf(round, plan.serviceId());
        List<Assessor> team = team(viewer, plan.assessorIds());
        if (!visits.replan(round.organisationId(), visitId, version, service.id(), plan.visitDate(), team,
                clock.instant())) {
            throw new ConflictException("Someone else changed this visit while you were editing. Reload the page "
                    + "and try again.");
        }
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-visit.replanned",
                "quality-visit", visitId, "Visit to " + service.name() + " now on "
                        + Timestamps.longDate(plan.visitDate()) + " with " + names(team))
                .before(Map.of("date", before.visitDate().toString(), "team", names(before.team())))
                .after(Map.of("date", plan.visitDate().toString(), "team", names(team))));
        return visit(round, visitId);
    }

    /** A visit nobody has started can be taken off the plan. */
    @Transactional
    public void remove(Viewer viewer, UUID commissionId, UUID roundId, UUID visitId, int version) {
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        Visit visit = visit(round, visitId);
        round.requirePlanning("Visits");
        if (visit.status() != VisitStatus.TO_DO) {
            throw new RuleViolation(null, "This visit has ratings saved, so it cannot be removed");
        }
        if (!visits.delete(round.organisationId(), visitId, version)) {
            throw new ConflictException("Someone else changed this visit since you loaded the page. Reload and try "
                    + "again.");
        }
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-visit.removed",
                "quality-visit", visitId, "Visit on " + Timestamps.longDate(visit.visitDate())
                        + " removed from " + round.title()));
    }

    /** The visit form's content, for managers and the visit's own team; not found for anyone else. */
    public VisitSheet sheet(Viewer viewer, UUID commissionId, UUID roundId, UUID visitId) {
        QualityRound round = rounds.round(viewer, commissionId, roundId);
        Visit visit = visit(round, visitId);
        if (!viewer.manages() && !visit.hasAssessor(viewer.personId())) {
            throw new NotFoundException("Visit");
        }
        boolean decided = decided(round, visit);
        return new VisitSheet(round, visit, fundedServices.find(round.organisationId(), visit.serviceId())
                .orElseThrow(() -> new NotFoundException("Service")), rounds.areas(round),
                visits.ratings(round.organisationId(), visitId), visits.reopenings(round.organisationId(), visitId),
                visit.isOpen(round, decided));
    }

    /** Saves what the team has so far; nothing needs to be complete. */
    @Transactional
    public Visit save(Viewer viewer, UUID commissionId, UUID roundId, UUID visitId, int version,
                      List<AreaRating> ratings) {
        return record(viewer, commissionId, roundId, visitId, version, ratings, false);
    }

    /** Submits the visit: every area rated, evidence for every red. Then it is locked. */
    @Transactional
    public Visit submit(Viewer viewer, UUID commissionId, UUID roundId, UUID visitId, int version,
                        List<AreaRating> ratings) {
        return record(viewer, commissionId, roundId, visitId, version, ratings, true);
    }

    @Transactional
    public Visit reopen(Viewer viewer, UUID commissionId, UUID roundId, UUID visitId, int version, String reason) {
        VisitSheet sheet = sheet(viewer, commissionId, roundId, visitId);
        if (!viewer.isCommissioner()) {
            throw new AccessDeniedException("Only a commissioner can reopen a submitted visit");
        }
        sheet.visit().requireReopenable(sheet.round(), decided(sheet.round(), sheet.visit()));
        String why = Visit.checkedReason(reason);
        if (!visits.reopen(viewer.organisationId(), visitId, version, why, viewer.personId(), viewer.name(),
                clock.instant())) {
            throw new ConflictException("Someone else changed this visit since you loaded the page. Reload and try "
                    + "again.");
        }
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(), "quality-visit.reopened",
                        "quality-visit", visitId, "Visit to " + sheet.service().name() + " reopened: " + why)
                .before(Map.of("status", VisitStatus.SUBMITTED.name()))
                .after(Map.of("status", VisitStatus.STARTED.name(), "reason", why)));
        return visit(sheet.round(), visitId);
    }

    private Visit record(Viewer viewer, UUID commissionId, UUID roundId, UUID visitId, int version,
                         List<AreaRating> ratings, boolean submit) {
        VisitSheet sheet = sheet(viewer, commissionId, roundId, visitId);
        sheet.visit().requireOpen(sheet.round(), decided(sheet.round(), sheet.visit()));
        Set<UUID> areaIds = sheet.areas().stream().map(QualityArea::id).collect(Collectors.toSet());
        if (ratings.stream().anyMatch(r -> !areaIds.contains(r.areaId()))) {
            throw new NotFoundException("Quality area");
        }
        if (submit) {
            Visit.checkComplete(sheet.areas(), ratings);
        }
        VisitStatus status = submit ? VisitStatus.SUBMITTED : VisitStatus.STARTED;
        if (!visits.record(viewer.organisationId(), visitId, version, ratings, status, viewer.personId(),
                viewer.name(), clock.instant())) {
            throw new ConflictException("Someone else on the team saved this visit since you opened it. Your "
                    + "ratings are still in the form: reload the page in another tab to see theirs, then save again.");
        }
        long rated = ratings.stream().filter(r -> r.rating() != null).count();
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(),
                        submit ? "quality-visit.submitted" : "quality-visit.saved", "quality-visit", visitId,
                        "Visit to " + sheet.service().name() + (submit ? " submitted" : " saved") + ": " + rated
                                + " of " + sheet.areas().size() + " areas rated")
                .before(sheet.ratings()).after(ratings));
        return visit(sheet.round(), visitId);
    }

    private boolean decided(QualityRound round, Visit visit) {
        return decisions.find(round.organisationId(), round.id(), visit.serviceId()).isPresent();
    }

    private Visit visit(QualityRound round, UUID visitId) {
        return visits.find(round.organisationId(), round.id(), visitId)
                .orElseThrow(() -> new NotFoundException("Visit"));
    }

    /** One of the round's services; a service of the organisation not in the round is a mistake, any other unknown. */
    private FundedService serviceOf(QualityRound round, UUID serviceId) {
        FundedService service = fundedServices.find(round.organisationId(), serviceId)
                .orElseThrow(() -> new NotFoundException("Service"));
        if (!roundRows.serviceIds(round.id()).contains(serviceId)) {
            throw new RuleViolation("serviceId", "Add " + service.name() + " to the round's services first");
        }
        return service;
    }

    private List<Assessor> team(Viewer viewer, List<UUID> personIds) {
        Set<UUID> distinct = new LinkedHashSet<>(personIds);
        if (distinct.isEmpty()) {
            throw new RuleViolation("assessorIds", "Choose who is on the team");
        }
        if (distinct.size() > TeamShape.MAX_ASSESSORS) {
            throw new RuleViolation("assessorIds", "A team can have up to " + TeamShape.MAX_ASSESSORS + " people");
        }
        List<Assessor> team = new ArrayList<>();
        for (UUID id : distinct) {
            PersonSummary person = people.find(viewer.organisationId(), id)
                    .orElseThrow(() -> new NotFoundException("Person"));
            if (!person.has(Assessor.ROLES)) {
                throw new RuleViolation("assessorIds", person.displayName() + " cannot be an assessor: choose citizen "
                        + "co-producers, panel members, commissioners or commissioning officers");
            }
            team.add(Assessor.of(person));
        }
        return team;
    }

    private static String names(List<Assessor> team) {
        return team.stream().map(Assessor::name).collect(Collectors.joining(", "));
    }
}
