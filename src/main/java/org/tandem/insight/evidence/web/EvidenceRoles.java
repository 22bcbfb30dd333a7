package org.tandem.insight.evidence.web;

import org.tandem.commissions.CommissionView;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.Role;

/** Who sees the buttons that change evidence: the same people the routes and services let change it. */
final class EvidenceRoles {

    private EvidenceRoles() {
    }

    /** Commissioners and commissioning officers of the lead organisation. */
    static boolean canEdit(CurrentUser.Membership organisation, CommissionView commission) {
        return commission.ledBy(organisation.organisationId())
                && organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }

    /** Also citizen co-producers of the lead organisation, who add the evidence they gathered. */
    static boolean canAddItems(CurrentUser.Membership organisation, CommissionView commission) {
        return commission.ledBy(organisation.organisationId())
                && organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER);
    }
}
