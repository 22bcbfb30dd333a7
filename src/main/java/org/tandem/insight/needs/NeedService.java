package org.tandem.insight.needs;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;

/**
 * A commission's needs: what the needs assessment found people need, how pressing each is and where it is felt.
 * Partners read them; the lead organisation adds and changes them, and every change is audited.
 */
@Service
public class NeedService {

    private final NeedRepository needs;
    private final WardRepository wards;
    private final CommissionAccess access;
    private final AuditLog audit;
    private final Clock clock;

    NeedService(NeedRepository needs, WardRepository wards, CommissionAccess access, AuditLog audit, Clock clock) {
        this.needs = needs;
        this.wards = wards;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ResultPage<Need> list(CurrentUser.Membership organisation, UUID commissionId, NeedRepository.Filter filter,
                                 NeedRepository.Sort sort, PageRequest page) {
        CommissionView commission = access.readable(organisation, commissionId);
        return needs.ofCommission(commission.lead().id(), commissionId, filter, sort, page);
    }

    /** All the commission's needs, for tagging evidence to them. */
    public List<Need> all(CommissionView commission) {
        return needs.ofCommission(commission.lead().id(), commission.id());
    }

    public Need view(CurrentUser.Membership organisation, UUID commissionId, UUID needId) {
        return find(access.readable(organisation, commissionId), needId);
    }

    @Transactional
    public Need create(CurrentUser.Membership organisation, UUID commissionId, NeedDraft draft) {
        CommissionView commission = access.changeable(organisation, commissionId);
        checkWards(commission, draft);
        Need need = needs.create(commission.lead().id(), commissionId, draft.title(), draft.description(),
                draft.priority(), draft.wardIds(), clock.instant());
        audit.record(AuditEntry.of(commission.lead().id(), "need.created", "need", need.id(),
                "Need added to " + commission.title() + ": " + need.title()).after(draft));
        return need;
    }

    @Transactional
    public Need update(CurrentUser.Membership organisation, UUID commissionId, UUID needId, int version,
                       NeedDraft draft) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Need before = find(commission, needId);
        checkWards(commission, draft);
        if (!needs.update(commission.lead().id(), needId, version, draft.title(), draft.description(),
                draft.priority(), draft.wardIds(), clock.instant())) {
            throw new ConflictException("Someone else changed this need while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        Need after = find(commission, needId);
        audit.record(AuditEntry.of(commission.lead().id(), "need.updated", "need", needId,
                "Need in " + commission.title() + " changed: " + after.title()).before(before).after(after));
        return after;
    }

    private Need find(CommissionView commission, UUID needId) {
        return needs.find(commission.lead().id(), needId)
                .filter(n -> commission.id().equals(n.commissionId()))
                .orElseThrow(() -> new NotFoundException("Need"));
    }

    /** Wards are chosen from the organisation's own; an id from anywhere else is refused, never trusted. */
    private void checkWards(CommissionView commission, NeedDraft draft) {
        if (wards.findAll(commission.lead().id(), draft.wardIds()).size() != draft.wardIds().size()) {
            throw new RuleViolation("wardIds", "Select wards from the list");
        }
    }
}
