package org.tandem.platform.organisations;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.ServiceArea;

/** A tenant: a commissioning body, a provider or a partnership, with its public details. */
public record Organisation(UUID id, OrganisationKind kind, String name, String charityNumber, String companyNumber,
                           String contactEmail, String contactPhone, String address, String website,
                           String description, Set<ServiceArea> areasOfWork, Instant createdAt, int version) {

    public Organisation {
        areasOfWork = Set.copyOf(areasOfWork);
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, name, kind);
    }
}
