package org.tandem.commissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.ServiceArea;

/** A commission as other modules and the API see it. */
public record CommissionView(UUID id, OrganisationSummary lead, List<OrganisationSummary> partners, String title,
                             String summary, ServiceArea serviceArea, CommissioningLevel level, Money budget,
                             LocalDate startsOn, LocalDate endsOn, Phase phase, Instant createdAt, int version) {

    public CommissionView {
        partners = List.copyOf(partners);
    }

    public boolean ledBy(UUID organisationId) {
        return lead.id().equals(organisationId);
    }
}
