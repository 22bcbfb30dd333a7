package org.tandem.outcomes.logic;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.shared.PlanningAccess;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;

/**
 * The outcomes review table of a commission (seed 000, Table 6): what the council's strategies already commit to,
 * what data is collected on outputs for each, and where it was found, as the first step towards the framework.
 */
@Service
public class OutcomesReviewService {

    public static final int MOST_ROWS = 100;

    private final OutcomesReviewRepository rows;
    private final PlanningAccess access;
    private final AuditLog audit;
    private final Clock clock;

    OutcomesReviewService(OutcomesReviewRepository rows, PlanningAccess access, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReviewRow> rows(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = access.readable(organisation, commissionId);
        return rows.of(commission.lead().id(), commissionId);
    }

    @Transactional
    public ReviewRow add(CurrentUser.Membership organisation, UUID commissionId, ReviewRowDraft draft) {
        return add(access.changeable(organisation, commissionId), draft, null);
    }

    @Transactional
    public ReviewRow addAs(AuditLog.Actor actor, UUID leadOrganisationId, UUID commissionId, ReviewRowDraft draft) {
        return add(access.readable(leadOrganisationId, commissionId), draft, actor);
    }

    @Transactional
    public ReviewRow remove(CurrentUser.Membership organisation, UUID commissionId, UUID rowId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        ReviewRow removed = rows.find(commission.lead().id(), commissionId, rowId)
                .orElseThrow(() -> new NotFoundException("Row of the outcomes review table"));
        rows.remove(commission.lead().id(), commissionId, rowId);
        audit.record(AuditEntry.of(commission.lead().id(), "outcomes.review-row-removed", "outcome-review-row", rowId,
                "\"" + removed.outcome() + "\" removed from the outcomes review table of " + commission.title())
                .before(removed));
        return removed;
    }

    private ReviewRow add(CommissionView commission, ReviewRowDraft draft, AuditLog.Actor actor) {
        UUID lead = commission.lead().id();
        if (rows.count(lead, commission.id()) >= MOST_ROWS) {
            throw new RuleViolation(null, "The outcomes review table can have up to " + MOST_ROWS + " rows");
        }
        UUID id = rows.add(lead, commission.id(), draft, clock.instant());
        ReviewRow added = rows.find(lead, commission.id(), id).orElseThrow();
        AuditEntry entry = AuditEntry.of(lead, "outcomes.review-row-added", "outcome-review-row", id, "\""
                + added.outcome() + "\" added to the outcomes review table of " + commission.title()).after(added);
        if (actor == null) {
            audit.record(entry);
        } else {
            audit.recordAs(actor, entry);
        }
        return added;
    }
}
