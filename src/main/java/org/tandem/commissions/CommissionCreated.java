package org.tandem.commissions;

import java.util.UUID;

/** A commission was started. */
public record CommissionCreated(UUID commissionId, UUID organisationId, String title) {
}
