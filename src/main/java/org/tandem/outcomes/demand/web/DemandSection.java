package org.tandem.outcomes.demand.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.platform.CurrentUser;

/** The demand view on the commission's page, for everyone who can see the commission. */
@Component
class DemandSection implements CommissionSections {

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        return List.of(new CommissionSection("Demand: what must be commissioned",
                "For each need, how much behaviour change and co-production meet, and so how much is left to "
                        + "commission, with the political sign-off.",
                DemandPaths.list(organisation.organisationId(), commission.id()), 74));
    }
}
