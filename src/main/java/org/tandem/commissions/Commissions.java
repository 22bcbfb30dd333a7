package org.tandem.commissions;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about commissions. */
public interface Commissions {

    /** The commission, when the organisation leads it or is one of its partners. */
    Optional<CommissionView> find(UUID commissionId, UUID organisationId);
}
