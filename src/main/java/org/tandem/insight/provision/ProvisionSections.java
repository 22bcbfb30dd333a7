package org.tandem.insight.provision;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.platform.CurrentUser;

/** Lists the gap analysis on the commission's page, for the lead organisation and its partners alike. */
@Component
class ProvisionSections implements CommissionSections {

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        return List.of(new CommissionSection("Gap analysis",
                "Current provision set against the commission's needs, ward by ward: which needs no service meets",
                "/o/" + organisation.organisationId() + "/commissions/" + commission.id() + "/gap-analysis", 20));
    }
}
