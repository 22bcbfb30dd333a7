package org.tandem.platform.people;

import java.util.Set;
import java.util.UUID;
import org.tandem.platform.Role;

/** A person as seen from one organisation: who they are and the roles they hold there. */
public record Member(UUID personId, String displayName, String email, Set<Role> roles, boolean emailVerified,
                     boolean active) {
    public Member {
        roles = Set.copyOf(roles);
    }
}
