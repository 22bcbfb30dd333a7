package org.tandem.insight.evidence;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OrganisationKind;

/** Commissioning bodies and partnerships can search all the needs evidence they hold from the navigation bar. */
@Component
class EvidenceNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser.Membership membership) {
        if (membership.kind() == OrganisationKind.PROVIDER) {
            return List.of();
        }
        return List.of(new NavigationItem("Evidence", "/o/" + membership.organisationId() + "/evidence/search", 35));
    }
}
