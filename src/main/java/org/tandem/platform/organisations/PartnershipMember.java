package org.tandem.platform.organisations;

import org.tandem.platform.OrganisationSummary;

/** An organisation taking part in a partnership; one member leads. */
public record PartnershipMember(OrganisationSummary organisation, boolean lead) {
}
