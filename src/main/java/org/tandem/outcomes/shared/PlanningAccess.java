package org.tandem.outcomes.shared;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Who may see and change a commission's planning: its quality characteristics, demand views and logic models.
 * Members of the lead organisation and of its partners read; the lead organisation's commissioners and
 * commissioning officers change. Everything is kept under the lead organisation, so every query filters by
 * {@code commission.lead().id()}; a commission the organisation has no part in is not found.
 */
@Component
public class PlanningAccess {

    private final Commissions commissions;

    PlanningAccess(Commissions commissions) {
        this.commissions = commissions;
    }

    public CommissionView readable(CurrentUser.Membership organisation, UUID commissionId) {
        return readable(organisation.organisationId(), commissionId);
    }

    public CommissionView readable(UUID organisationId, UUID commissionId) {
        return commissions.find(commissionId, organisationId).orElseThrow(() -> new NotFoundException("Commission"));
    }

    /** The commission, when the organisation leads it; partners may look but not change. */
    public CommissionView changeable(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = readable(organisation, commissionId);
        if (!commission.ledBy(organisation.organisationId())) {
            throw new AccessDeniedException(commission.lead().name() + " leads this commission; "
                    + organisation.organisationName() + " is a partner and can see its planning but not change it");
        }
        return commission;
    }

    /** Whether the pages offer this person the links to change things (the routes check again). */
    public static boolean canChange(CurrentUser.Membership organisation, CommissionView commission) {
        return commission.ledBy(organisation.organisationId())
                && organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }
}
