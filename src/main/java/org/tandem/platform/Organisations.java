package org.tandem.platform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about organisations. */
public interface Organisations {

    Optional<OrganisationSummary> find(UUID id);

    /** The organisations with these ids, by name; unknown ids are left out. */
    List<OrganisationSummary> findAll(Collection<UUID> ids);

    /** Every commissioning body and partnership other than the given one, by name: candidates for joint working. */
    List<OrganisationSummary> commissioningPartnersFor(UUID organisationId);

    /** Every provider organisation on Tandem, by name: for choosing who provides a service. */
    List<OrganisationSummary> providers();
}
