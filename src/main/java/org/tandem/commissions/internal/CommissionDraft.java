package org.tandem.commissions.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;

/** The editable facts of a commission, already checked. */
public record CommissionDraft(String title, String summary, ServiceArea serviceArea, CommissioningLevel level,
                              Money budget, LocalDate startsOn, LocalDate endsOn, Set<UUID> partnerIds) {
    public CommissionDraft {
        partnerIds = Set.copyOf(partnerIds);
    }
}
