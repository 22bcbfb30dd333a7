package org.tandem.insight.quality.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.insight.quality.Assessor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OrganisationKind;

/**
 * Providers find the quality results shared with them; people who may be on a visit team find their visits, on a
 * phone, without going through the commission.
 */
@Component
class QualityNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser.Membership membership) {
        String base = "/o/" + membership.organisationId();
        if (membership.kind() == OrganisationKind.PROVIDER) {
            return List.of(new NavigationItem("Quality results", base + "/quality-results", 60));
        }
        if (membership.has(Assessor.ROLES)) {
            return List.of(new NavigationItem("Quality visits", base + "/quality-visits", 60));
        }
        return List.of();
    }
}
