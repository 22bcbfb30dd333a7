package org.tandem.platform;

import java.util.Set;
import java.util.UUID;

/** A person as other modules need them: their name and the roles they hold in one organisation. */
public record PersonSummary(UUID id, String name, Set<Role> roles) {

    public PersonSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role... wanted) {
        return java.util.Arrays.stream(wanted).anyMatch(roles::contains);
    }
}
