package org.tandem.insight.evidence.risks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.SearchWords;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;

/**
 * A commission's co-produced risk register. Partners read it; commissioners and commissioning officers of the lead
 * organisation keep it, writing down what citizens said about each risk. Every change is audited.
 */
@Service
public class RiskService {

    private final RiskRepository risks;
    private final CommissionAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RiskService(RiskRepository risks, CommissionAccess access, AuditLog audit, Clock clock) {
        this.risks = risks;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ResultPage<Risk> list(CurrentUser.Membership organisation, UUID commissionId, RiskRepository.Filter filter,
                                 RiskRepository.Sort sort, PageRequest page) {
        CommissionView commission = access.readable(organisation, commissionId);
        return risks.list(commission.lead().id(), commissionId, filter, sort, page);
    }

    public Risk view(CurrentUser.Membership organisation, UUID commissionId, UUID riskId) {
        return find(access.readable(organisation, commissionId), riskId);
    }

    @Transactional
    public Risk create(CurrentUser.Membership organisation, UUID commissionId, RiskDraft draft) {
        CommissionView commission = access.changeable(organisation, commissionId);
        UUID id = UUID.randomUUID();
        risks.insert(id, commission.lead().id(), commissionId, draft, searchText(draft), clock.instant());
        Risk risk = find(commission, id);
        audit.record(created(commission, risk));
        return risk;
    }

    /** Also used for demo data, where nobody is signed in. */
    @Transactional
    public Risk createAs(Actor actor, CommissionView commission, RiskDraft draft) {
        UUID id = UUID.randomUUID();
        risks.insert(id, commission.lead().id(), commission.id(), draft, searchText(draft), clock.instant());
        Risk risk = find(commission, id);
        audit.recordAs(actor, created(commission, risk));
        return risk;
    }

    @Transactional
    public Risk update(CurrentUser.Membership organisation, UUID commissionId, UUID riskId, int version,
                       RiskDraft draft) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Risk before = find(commission, riskId);
        if (!risks.update(commission.lead().id(), riskId, version, draft, searchText(draft), clock.instant())) {
            throw new ConflictException("Someone else changed this risk while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        Risk after = find(commission, riskId);
        audit.record(AuditEntry.of(commission.lead().id(), "evidence.risk-updated", "evidence-risk", riskId,
                "Risk changed in " + commission.title() + ": " + after.title() + " (" + after.rating().label()
                        + ", " + after.status().label().toLowerCase() + ")")
                .before(state(before)).after(state(after)));
        return after;
    }

    @Transactional
    public void delete(CurrentUser.Membership organisation, UUID commissionId, UUID riskId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Risk risk = find(commission, riskId);
        risks.delete(commission.lead().id(), riskId);
        audit.record(AuditEntry.of(commission.lead().id(), "evidence.risk-deleted", "evidence-risk", riskId,
                "Risk deleted from " + commission.title() + ": " + risk.title()).before(state(risk)));
    }

    private Risk find(CommissionView commission, UUID riskId) {
        return risks.find(commission.lead().id(), commission.id(), riskId)
                .orElseThrow(() -> new NotFoundException("Risk"));
    }

    private static AuditEntry created(CommissionView commission, Risk risk) {
        return AuditEntry.of(commission.lead().id(), "evidence.risk-created", "evidence-risk", risk.id(),
                "Risk added to " + commission.title() + ": " + risk.title() + " (" + risk.rating().label() + ")")
                .after(state(risk));
    }

    private static String searchText(RiskDraft d) {
        return SearchWords.of(Stream.concat(Stream.of(d.title(), d.description(), d.benefits(), d.disbenefits(),
                        d.acceptanceReasoning(), d.acceptanceFoundBy(), d.mitigation(), d.owner()),
                d.bearers().stream().map(RiskBearer::label)).toList(), SearchWords.RISK_MAX);
    }

    private static Map<String, Object> state(Risk r) {
        return Map.of("title", r.title(), "bearers", List.copyOf(r.bearers()).toString(), "acceptance",
                r.acceptance().name(), "likelihood", r.likelihood().name(), "impact", r.impact().name(), "score",
                r.score(), "status", r.status().name(), "owner", String.valueOf(r.owner()), "mitigation",
                String.valueOf(r.mitigation()));
    }
}
