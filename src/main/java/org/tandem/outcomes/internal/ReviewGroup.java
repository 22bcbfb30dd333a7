package org.tandem.outcomes.internal;

import java.util.List;
import java.util.UUID;

/** A named co-production group that reviews frameworks: people of the organisation, in any role. */
public record ReviewGroup(UUID id, UUID organisationId, String name, String purpose, List<Member> members,
                          int version) {

    public ReviewGroup {
        members = List.copyOf(members);
    }

    /** A member, with their name as it was when they were added. */
    public record Member(UUID personId, String name) {
    }

    public boolean includes(UUID personId) {
        return members.stream().anyMatch(m -> m.personId().equals(personId));
    }
}
