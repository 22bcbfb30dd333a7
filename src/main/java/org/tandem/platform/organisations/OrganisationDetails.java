package org.tandem.platform.organisations;

import java.util.Set;
import org.tandem.platform.ServiceArea;

/** The editable details of an organisation, already validated. */
public record OrganisationDetails(String name, String charityNumber, String companyNumber, String contactEmail,
                                  String contactPhone, String address, String website, String description,
                                  Set<ServiceArea> areasOfWork) {
    public OrganisationDetails {
        areasOfWork = Set.copyOf(areasOfWork);
    }
}
