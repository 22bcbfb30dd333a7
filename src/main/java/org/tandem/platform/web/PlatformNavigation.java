package org.tandem.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.Role;
import org.tandem.platform.people.Invitations;

/** The platform's own links: the organisation's overview, its people and its audit log. */
@Component
class PlatformNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser.Membership membership) {
        String base = "/o/" + membership.organisationId();
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("Overview", base, 10));
        if (membership.has(Role.ADMINISTRATOR)) {
            items.add(new NavigationItem("People", base + "/people", 80));
        } else if (!Invitations.invitableBy(membership).isEmpty()) {
            items.add(new NavigationItem("Invitations", base + "/invitations", 80));
        }
        items.add(new NavigationItem("Organisation", base + "/profile", 85));
        if (membership.has(Role.ADMINISTRATOR)) {
            items.add(new NavigationItem("Audit log", base + "/audit", 90));
        }
        return items;
    }
}
