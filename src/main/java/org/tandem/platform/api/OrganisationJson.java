package org.tandem.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.Organisation;

/** An organisation's public details. {@code version} goes back with a change, so nobody overwrites another's edit. */
record OrganisationJson(UUID id, OrganisationKind kind, String name, String charityNumber, String companyNumber,
                        String contactEmail, String contactPhone, String address, String website, String description,
                        List<ServiceArea> areasOfWork, Instant createdAt, int version) {

    static OrganisationJson of(Organisation o) {
        return new OrganisationJson(o.id(), o.kind(), o.name(), o.charityNumber(), o.companyNumber(), o.contactEmail(),
                o.contactPhone(), o.address(), o.website(), o.description(), o.areasOfWork().stream().sorted().toList(),
                o.createdAt(), o.version());
    }
}
