package org.tandem.insight.evidence;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;

/**
 * Who may see and change a commission's needs and evidence. Members of the lead organisation and of its partner
 * organisations read; only the lead organisation changes them (which roles may is declared on each route). The
 * evidence is kept under the lead organisation, so every query filters by {@code commission.lead().id()}.
 */
@Component
public class CommissionAccess {

    private final Commissions commissions;

    CommissionAccess(Commissions commissions) {
        this.commissions = commissions;
    }

    /** The commission, when the organisation leads it or is a partner in it; otherwise not found. */
    public CommissionView readable(CurrentUser.Membership organisation, UUID commissionId) {
        return commissions.find(commissionId, organisation.organisationId())
                .orElseThrow(() -> new NotFoundException("Commission"));
    }

    /** The commission, when the organisation leads it; partners may look but not change. */
    public CommissionView changeable(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = readable(organisation, commissionId);
        if (!commission.ledBy(organisation.organisationId())) {
            throw new AccessDeniedException(commission.lead().name() + " leads this commission; "
                    + organisation.organisationName() + " is a partner and can see its evidence but not change it");
        }
        return commission;
    }
}
