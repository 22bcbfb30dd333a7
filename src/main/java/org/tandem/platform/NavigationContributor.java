package org.tandem.platform;

import java.util.List;

/**
 * Each module adds its own links to the navigation bar, for the organisation being viewed and the roles the person
 * holds there. The platform draws the bar; it does not need to know what other modules offer.
 */
public interface NavigationContributor {

    List<NavigationItem> itemsFor(CurrentUser.Membership membership);
}
