package org.tandem.insight.assets.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OrganisationKind;

/** Commissioning bodies and partnerships map their communities' assets; providers appear on the map as assets. */
@Component
class AssetsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser.Membership membership) {
        if (membership.kind() == OrganisationKind.PROVIDER) {
            return List.of();
        }
        return List.of(new NavigationItem("Asset map", "/o/" + membership.organisationId() + "/assets", 40));
    }
}
