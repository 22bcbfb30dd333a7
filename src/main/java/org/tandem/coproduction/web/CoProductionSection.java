package org.tandem.coproduction.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.coproduction.internal.ActivityService;
import org.tandem.platform.CurrentUser;

/** The co-production record on the commission's page, for everyone who can see the commission. */
@Component
class CoProductionSection implements CommissionSections {

    private final ActivityService activities;

    CoProductionSection(ActivityService activities) {
        this.activities = activities;
    }

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        long count = activities.count(commission);
        String sofar = count == 0 ? "no activities recorded yet"
                : count + (count == 1 ? " activity" : " activities") + " so far";
        return List.of(new CommissionSection("Co-production record",
                "Who took part in what, at which rung of the ladder of co-production: " + sofar + ".",
                CoProductionPaths.summary(organisation.organisationId(), commission.id()), 10));
    }
}
