package org.tandem.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask about the people of an organisation, for choosing them in a form, naming them, or
 * putting them on a team.
 */
public interface People {

    /** The active people holding any role in the organisation, by name. */
    List<PersonSummary> of(UUID organisationId);

    /** The organisation's active people holding any of these roles there, by name, with all their roles. */
    default List<PersonSummary> withAnyRole(UUID organisationId, Role... roles) {
        return of(organisationId).stream().filter(person -> person.has(roles)).toList();
    }

    /** The person, when they are active and hold a role in the organisation. */
    Optional<PersonSummary> find(UUID organisationId, UUID personId);
}
