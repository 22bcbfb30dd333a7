package org.tandem.commissions.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OrganisationKind;

/** Commissioning bodies and partnerships have commissions; providers meet them later, as tenders. */
@Component
class CommissionsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser.Membership membership) {
        if (membership.kind() == OrganisationKind.PROVIDER) {
            return List.of();
        }
        return List.of(new NavigationItem("Commissions", "/o/" + membership.organisationId() + "/commissions", 20));
    }
}
