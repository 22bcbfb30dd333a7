package org.tandem.outcomes;

import java.time.Instant;
import java.util.UUID;

/**
 * A version of a commission's outcomes framework was agreed by its review group and is now locked. Tenders and
 * contracts listen for this to refer to the agreed version.
 */
public record FrameworkVersionAgreed(UUID frameworkId, UUID versionId, UUID organisationId, UUID commissionId,
                                     int number, String reviewGroupName, Instant agreedAt) {
}
