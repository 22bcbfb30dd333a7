package org.tandem.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about the people of an organisation, for choosing them in a form or naming them. */
public interface People {

    /** The active people holding any role in the organisation, by name. */
    List<PersonSummary> of(UUID organisationId);

    /** The person, when they are active and hold a role in the organisation. */
    Optional<PersonSummary> find(UUID organisationId, UUID personId);
}
