package org.tandem.commissions;

import java.util.UUID;

/** A commission moved on (or back) in the cycle. {@code reason} is given for every move back. */
public record CommissionPhaseChanged(UUID commissionId, UUID organisationId, Phase from, Phase to, String reason,
                                     UUID changedBy) {

    public boolean isStepBack() {
        return to.ordinal() < from.ordinal();
    }
}
