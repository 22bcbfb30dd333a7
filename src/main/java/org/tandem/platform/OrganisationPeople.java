package org.tandem.platform;

import java.util.List;
import java.util.UUID;

/** Who belongs to an organisation, for other modules that name people in their records (who gathered evidence). */
public interface OrganisationPeople {

    /** A person of the organisation, as other modules name them. */
    record Person(UUID id, String name) {
    }

    /** The active people holding any role in the organisation, by name. */
    List<Person> peopleOf(UUID organisationId);
}
