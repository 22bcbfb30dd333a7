package org.tandem.platform;

import java.util.UUID;

/**
 * One change worth recording: what was done, to what, in which organisation, and the state before and after
 * (any record or map; stored as JSON). Who did it and from where is filled in by the {@link AuditLog}.
 *
 * @param action e.g. {@code commission.created}, {@code commission.phase-changed}, {@code sign-in.failed}
 */
public record AuditEntry(UUID organisationId, String action, String entityType, String entityId, String summary,
                         Object before, Object after) {

    public static AuditEntry of(UUID organisationId, String action, String entityType, Object entityId, String summary) {
        return new AuditEntry(organisationId, action, entityType, entityId == null ? null : entityId.toString(), summary,
                null, null);
    }

    public AuditEntry before(Object state) {
        return new AuditEntry(organisationId, action, entityType, entityId, summary, state, after);
    }

    public AuditEntry after(Object state) {
        return new AuditEntry(organisationId, action, entityType, entityId, summary, before, state);
    }
}
