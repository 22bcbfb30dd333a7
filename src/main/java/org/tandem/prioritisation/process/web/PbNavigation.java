package org.tandem.prioritisation.process.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OrganisationKind;

/** Commissioning bodies and partnerships run participatory budgeting; providers do not. */
@Component
class PbNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser.Membership membership) {
        if (membership.kind() == OrganisationKind.PROVIDER) {
            return List.of();
        }
        return List.of(new NavigationItem("Participatory budgeting", PbPaths.list(membership.organisationId()), 45));
    }
}
