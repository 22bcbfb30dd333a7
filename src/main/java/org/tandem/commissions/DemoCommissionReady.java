package org.tandem.commissions;

import java.util.UUID;
import org.tandem.platform.DemoCast;

/**
 * The demo story's commission exists: modules that add their part of the story about it (baseline, assets,
 * evidence, co-production activities) listen for this, in the same transaction as the rest of the demo data.
 */
public record DemoCommissionReady(UUID commissionId, UUID organisationId, DemoCast cast) {
}
