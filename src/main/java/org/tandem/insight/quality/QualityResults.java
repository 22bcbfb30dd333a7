package org.tandem.insight.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.insight.provision.FundedService;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;

/**
 * Each service's recommendation under the round's rule, and the commissioner's decision on it: confirmed, or
 * overridden with a reason (seed 000, Box K: green = funding assured, amber = show progress by a date, red =
 * decommission). Results are for the round's managers; deciding is for commissioners.
 */
@Service
public class QualityResults {

    private final QualityRounds rounds;
    private final QualityVisits visits;
    private final VisitRepository visitRows;
    private final DecisionRepository decisions;
    private final ResponseRepository responses;
    private final AuditLog audit;
    private final Clock clock;

    QualityResults(QualityRounds rounds, QualityVisits visits, VisitRepository visitRows,
                   DecisionRepository decisions, ResponseRepository responses, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.visits = visits;
        this.visitRows = visitRows;
        this.decisions = decisions;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    public RoundResults results(Viewer viewer, UUID commissionId, UUID roundId) {
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        List<QualityArea> areas = rounds.areas(round);
        List<SubmittedRating> ratings = visitRows.submittedRatings(round.organisationId(), roundId);
        Map<UUID, Decision> decided = decisions.decisionsOf(round.organisationId(), roundId).stream()
                .collect(Collectors.toMap(Decision::serviceId, d -> d));
        List<ProviderResponse> written = responses.responsesTo(round.organisationId(),
                decided.values().stream().map(Decision::id).toList());
        List<Visit> roundVisits = visits.visits(viewer, round);
        return new RoundResults(round, areas, rounds.services(viewer, round).stream().map(service -> {
            List<SubmittedRating> own = ratings.stream().filter(r -> r.serviceId().equals(service.id())).toList();
            Decision decision = decided.get(service.id());
            return new ServiceResult(service, ServiceResult.recommend(round.rule(), areas, own), decision,
                    roundVisits.stream().filter(v -> v.serviceId().equals(service.id())).toList(), own,
                    decision == null ? List.of()
                            : written.stream().filter(w -> w.decisionId().equals(decision.id())).toList());
        }).toList());
    }

    public ServiceResult result(Viewer viewer, UUID commissionId, UUID roundId, UUID serviceId) {
        return results(viewer, commissionId, roundId).services().stream()
                .filter(s -> s.service().id().equals(serviceId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Service"));
    }

    /**
     * Confirms the recommendation or overrides it. A decision can be changed during moderation; once results are
     * shared, providers may have read it, so only services still undecided can be decided (and are shared at once).
     */
    @Transactional
    public Decision decide(Viewer viewer, UUID commissionId, UUID roundId, UUID serviceId, DecisionDraft draft) {
        ServiceResult result = result(viewer, commissionId, roundId, serviceId);
        if (!viewer.isCommissioner()) {
            throw new AccessDeniedException("Only a commissioner can confirm or override a recommendation");
        }
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        round.requireDeciding();
        FundedService service = result.service();
        if (result.isDecided() && round.resultsShared()) {
            throw new RuleViolation(null, "The decision on " + service.name() + " has been shared with the "
                    + "provider, so it can no longer change");
        }
        if (!result.recommendation().isMade()) {
            throw new RuleViolation(null, service.name() + " has no submitted visit yet, so there is no "
                    + "recommendation to confirm or override");
        }
        Rating recommended = result.recommendation().rating();
        DecisionDraft checked = draft.checkedAgainst(recommended, LocalDate.now(clock.withZone(Timestamps.LONDON)));
        Decision decision = decisions.save(round.organisationId(), roundId, serviceId, recommended, checked,
                viewer.personId(), viewer.name(), clock.instant());
        boolean override = decision.isOverride();
        audit.recordAs(viewer.actor(), AuditEntry.of(viewer.organisationId(),
                        override ? "quality-decision.overridden" : "quality-decision.confirmed", "quality-decision",
                        decision.id(), service.name() + ": recommendation of " + recommended.label().toLowerCase()
                                + (override ? " overridden to " + checked.decided().label().toLowerCase()
                                : " confirmed")
                                + (checked.reason() == null ? "" : ": " + checked.reason()))
                .before(result.decision()).after(decision));
        return decision;
    }
}
