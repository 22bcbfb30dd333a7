package org.tandem.coproduction.internal;

import java.time.Instant;
import java.util.UUID;
import org.tandem.coproduction.ActivityDetails;

/** A recorded activity: its details, who recorded it and when, and the version to send back with a change. */
public record Activity(UUID id, UUID organisationId, UUID commissionId, ActivityDetails details,
                       String recordedByName, Instant recordedAt, Instant updatedAt, int version) {
}
