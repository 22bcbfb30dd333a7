package org.tandem.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person and what they may do in each of their organisations.
 * Loaded afresh from the database on every request, so a role removed by an administrator stops working at once.
 */
public record CurrentUser(UUID personId, String displayName, String email, List<Membership> memberships) {

    public CurrentUser {
        memberships = List.copyOf(memberships);
    }

    /** One organisation the person belongs to, with the roles they hold there. */
    public record Membership(UUID organisationId, String organisationName, OrganisationKind kind, Set<Role> roles) {
        public Membership {
            roles = Collections.unmodifiableSet(roles.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(roles));
        }

        public boolean has(Role... wanted) {
            return Arrays.stream(wanted).anyMatch(roles::contains);
        }
    }

    public Optional<Membership> in(UUID organisationId) {
        return memberships.stream().filter(m -> m.organisationId().equals(organisationId)).findFirst();
    }

    public boolean isMemberOf(UUID organisationId) {
        return in(organisationId).isPresent();
    }

    public boolean hasRole(UUID organisationId, Role... roles) {
        return in(organisationId).map(m -> m.has(roles)).orElse(false);
    }
}
