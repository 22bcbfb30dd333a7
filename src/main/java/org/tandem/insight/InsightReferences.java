package org.tandem.insight;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Planning may point at in Insight: a commission's needs and evidence items, and the organisation's current
 * services. Everything is kept under the organisation that leads the commission, so callers pass the lead's id; an
 * id from another organisation or commission is simply not found.
 */
public interface InsightReferences {

    /** The commission's needs, most pressing first. */
    List<InsightReference> needs(UUID leadOrganisationId, UUID commissionId);

    Optional<InsightReference> need(UUID leadOrganisationId, UUID commissionId, UUID needId);

    /** The commission's qualitative evidence items, by title. */
    List<InsightReference> evidenceItems(UUID leadOrganisationId, UUID commissionId);

    Optional<InsightReference> evidenceItem(UUID leadOrganisationId, UUID commissionId, UUID itemId);

    /** The services the organisation funds now (the baseline of current provision), by name. */
    List<InsightReference> currentServices(UUID organisationId);

    Optional<InsightReference> currentService(UUID organisationId, UUID serviceId);
}
