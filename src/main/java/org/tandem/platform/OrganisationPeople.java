package org.tandem.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about the people of an organisation, for choosing them for a team or a task. */
public interface OrganisationPeople {

    /** The organisation's active people holding any of these roles there, by name, with all their roles. */
    List<PersonSummary> withAnyRole(UUID organisationId, Role... roles);

    /** The person, when they are an active member of the organisation. */
    Optional<PersonSummary> find(UUID organisationId, UUID personId);
}
