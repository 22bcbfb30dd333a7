package org.tandem.commissions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.Phase;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;

/** A commission as stored: organisations by id only; names are looked up through the platform. */
public record CommissionRow(UUID id, UUID organisationId, List<UUID> partnerIds, String title, String summary,
                            ServiceArea serviceArea, CommissioningLevel level, Money budget, LocalDate startsOn,
                            LocalDate endsOn, Phase phase, Instant createdAt, int version) {

    public CommissionRow {
        partnerIds = List.copyOf(partnerIds);
    }

    public Commission aggregate() {
        return new Commission(id, organisationId, title, phase, version);
    }
}
