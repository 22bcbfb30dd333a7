package org.tandem.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One stored row of the audit log, exactly as hashed. */
record AuditEvent(long seq, Instant occurredAt, UUID actorId, String actorName, UUID organisationId, String action,
                  String entityType, String entityId, String summary, String beforeState, String afterState,
                  String remoteAddress, String prevHash, String hash) {
}
