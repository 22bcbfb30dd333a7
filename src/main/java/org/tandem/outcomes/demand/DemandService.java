package org.tandem.outcomes.demand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.InsightReference;
import org.tandem.insight.InsightReferences;
import org.tandem.outcomes.shared.PlanningAccess;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.Timestamps;

/**
 * The Public Value demand view of a commission's needs (seed 002, Figure 1): for each need, how much of the
 * politically recognised level behaviour change and co-production meet, and so how much must be commissioned, with
 * the political sign-off. The lead organisation writes them and every change is audited; partners read.
 */
@Service
public class DemandService {

    /** One need of the commission with its demand view, or none yet. */
    public record NeedDemand(InsightReference need, Optional<DemandView> view) {
    }

    private final DemandRepository views;
    private final InsightReferences insight;
    private final PlanningAccess access;
    private final AuditLog audit;
    private final Clock clock;

    DemandService(DemandRepository views, InsightReferences insight, PlanningAccess access, AuditLog audit,
                  Clock clock) {
        this.views = views;
        this.insight = insight;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every need of the commission, most pressing first, each with its demand view when it has one. */
    public List<NeedDemand> needs(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = access.readable(organisation, commissionId);
        Map<UUID, String> titles = new LinkedHashMap<>();
        List<InsightReference> needs = insight.needs(commission.lead().id(), commissionId);
        needs.forEach(n -> titles.put(n.id(), n.title()));
        Map<UUID, DemandView> byNeed = new LinkedHashMap<>();
        views.of(commission.lead().id(), commissionId, titles).forEach(v -> byNeed.put(v.needId(), v));
        return needs.stream().map(n -> new NeedDemand(n, Optional.ofNullable(byNeed.get(n.id())))).toList();
    }

    /** The commission's demand views only, for the API. */
    public List<DemandView> views(CurrentUser.Membership organisation, UUID commissionId) {
        return needs(organisation, commissionId).stream().flatMap(n -> n.view().stream()).toList();
    }

    public NeedDemand need(CurrentUser.Membership organisation, UUID commissionId, UUID needId) {
        return need(access.readable(organisation, commissionId), needId);
    }

    public DemandView view(CurrentUser.Membership organisation, UUID commissionId, UUID needId) {
        return need(organisation, commissionId, needId).view()
                .orElseThrow(() -> new NotFoundException("Demand view"));
    }

    /**
     * Writes the need's demand view: a first one when it has none ({@code version} is then ignored), otherwise a
     * change to the version read.
     */
    @Transactional
    public DemandView save(CurrentUser.Membership organisation, UUID commissionId, UUID needId, Integer version,
                           DemandDraft draft) {
        return save(access.changeable(organisation, commissionId), needId, version, draft, null);
    }

    /** For work done outside a web request, such as the demo story. */
    @Transactional
    public DemandView saveAs(AuditLog.Actor actor, UUID leadOrganisationId, UUID commissionId, UUID needId,
                             DemandDraft draft) {
        return save(access.readable(leadOrganisationId, commissionId), needId, null, draft, actor);
    }

    @Transactional
    public DemandView remove(CurrentUser.Membership organisation, UUID commissionId, UUID needId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        DemandView removed = need(commission, needId).view().orElseThrow(() -> new NotFoundException("Demand view"));
        views.delete(commission.lead().id(), needId);
        audit.record(AuditEntry.of(commission.lead().id(), "outcomes.demand-removed", "demand-view", removed.id(),
                "Demand view of " + removed.needTitle() + " removed from " + commission.title()).before(removed));
        return removed;
    }

    private DemandView save(CommissionView commission, UUID needId, Integer version, DemandDraft draft,
                            AuditLog.Actor actor) {
        NeedDemand need = need(commission, needId);
        DemandRules.check(draft, LocalDate.now(clock.withZone(Timestamps.LONDON)));
        UUID lead = commission.lead().id();
        Optional<DemandView> before = need.view();
        if (before.isEmpty()) {
            views.insert(lead, commission.id(), needId, draft, clock.instant());
        } else {
            ReadVersion.required(version);
            if (!views.update(lead, needId, version, draft, clock.instant())) {
                throw new ConflictException("Someone else changed this demand view while you were editing. "
                        + "Reload the page to see their changes, then make yours again.");
            }
        }
        DemandView after = need(commission, needId).view().orElseThrow();
        String action = before.isEmpty() ? "outcomes.demand-recorded" : "outcomes.demand-changed";
        AuditEntry entry = AuditEntry.of(lead, action, "demand-view", after.id(), "Demand view of " + after.needTitle()
                                + (before.isEmpty() ? " recorded on " : " changed on ") + commission.title()
                                + ": " + after.figures().measure().format(after.figures().commissioned())
                                + " to be commissioned")
                .before(before.orElse(null)).after(after);
        write(entry, actor);
        if (draft.signOff() != null && before.map(v -> !draft.signOff().equals(v.details().signOff())).orElse(true)) {
            PoliticalSignOff s = draft.signOff();
            AuditEntry signOff = AuditEntry.of(lead, "outcomes.demand-signed-off", "demand-view", after.id(),
                    "Level of need for " + after.needTitle() + " signed off by " + s.by() + " at " + s.body()
                            + " on " + Timestamps.longDate(s.on())).after(s);
            write(signOff, actor);
        }
        return after;
    }

    /** As the signed-in person, or as the named actor for work outside a web request. */
    private void write(AuditEntry entry, AuditLog.Actor actor) {
        if (actor == null) {
            audit.record(entry);
        } else {
            audit.recordAs(actor, entry);
        }
    }

    private NeedDemand need(CommissionView commission, UUID needId) {
        InsightReference need = insight.need(commission.lead().id(), commission.id(), needId)
                .orElseThrow(() -> new NotFoundException("Need"));
        return new NeedDemand(need, views.find(commission.lead().id(), commission.id(), needId, need.title()));
    }
}
