package org.tandem.insight.evidence;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.platform.CurrentUser;

/** The commission's page links to its needs and to its evidence library, for everyone who can see the commission. */
@Component
class EvidenceSections implements CommissionSections {

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        String base = "/o/" + organisation.organisationId() + "/commissions/" + commission.id();
        return List.of(
                new CommissionSection("Needs", "What the needs assessment found people need, how pressing each "
                        + "need is and where it is felt", base + "/needs", 40),
                new CommissionSection("Needs evidence", "Datasets, what people told us in their own words, and the "
                        + "risk register, all searchable", base + "/evidence", 41));
    }
}
