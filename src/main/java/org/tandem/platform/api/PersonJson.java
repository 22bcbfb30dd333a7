package org.tandem.platform.api;

import java.util.List;
import java.util.UUID;
import org.tandem.platform.Role;
import org.tandem.platform.people.Member;

/** A person as their organisation's administrators see them, with their roles there. */
record PersonJson(UUID id, String displayName, String email, List<Role> roles, boolean emailVerified,
                  boolean active) {

    static PersonJson of(Member m) {
        return new PersonJson(m.personId(), m.displayName(), m.email(), m.roles().stream().sorted().toList(),
                m.emailVerified(), m.active());
    }
}
