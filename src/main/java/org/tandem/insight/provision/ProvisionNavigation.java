package org.tandem.insight.provision;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OrganisationKind;

/** Commissioning bodies and partnerships keep a baseline of what they fund; providers do not. */
@Component
class ProvisionNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser.Membership membership) {
        if (membership.kind() == OrganisationKind.PROVIDER) {
            return List.of();
        }
        return List.of(new NavigationItem("Current provision",
                "/o/" + membership.organisationId() + "/provision", 30));
    }
}
