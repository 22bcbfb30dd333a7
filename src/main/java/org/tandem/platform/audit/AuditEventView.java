package org.tandem.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One audit event as an administrator reads it. */
public record AuditEventView(long seq, Instant occurredAt, UUID actorId, String actorName, String action,
                             String entityType, String entityId, String summary, String before, String after,
                             String remoteAddress, String hash) {
}
