package org.tandem.insight.quality.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.quality.Assessor;
import org.tandem.platform.CurrentUser;

/**
 * Lists the quality assessment on the page of a commission the organisation leads, for the people who run it or may
 * be on a visit team (citizen co-producers and panel members see only the rounds their visits are in).
 */
@Component
class QualitySections implements CommissionSections {

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        if (!commission.ledBy(organisation.organisationId()) || !organisation.has(Assessor.ROLES)) {
            return List.of();
        }
        return List.of(new CommissionSection("Co-produced quality assessment",
                "Teams with lived experience visit current services and rate them red, amber or green; the "
                        + "commissioner decides on each service and providers respond",
                "/o/" + organisation.organisationId() + "/commissions/" + commission.id() + "/quality-rounds", 50));
    }
}
