package org.tandem.outcomes.logic.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.platform.CurrentUser;

/** The theories of change on the commission's page, for everyone who can see the commission. */
@Component
class LogicSection implements CommissionSections {

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        return List.of(new CommissionSection("Theory of change",
                "Logic models from inputs to outcomes, with the assumptions and evidence behind each link, and the "
                        + "outcomes review table.", LogicPaths.list(organisation.organisationId(), commission.id()),
                76));
    }
}
