package org.tandem.insight.quality;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.Role;

/**
 * Who is asking, in which organisation. Commissioners and commissioning officers manage rounds and see everything in
 * them; everyone else sees only the visits they are on the team for (and the services those visits are to).
 */
public record Viewer(UUID personId, String name, UUID organisationId, Set<Role> roles) {

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Viewer of(CurrentUser user, CurrentUser.Membership membership) {
        return new Viewer(user.personId(), user.displayName(), membership.organisationId(), membership.roles());
    }

    public boolean manages() {
        return roles.contains(Role.COMMISSIONER) || roles.contains(Role.COMMISSIONING_OFFICER);
    }

    public boolean isCommissioner() {
        return roles.contains(Role.COMMISSIONER);
    }

    public Actor actor() {
        return new Actor(personId, name);
    }
}
