package org.tandem.platform.people;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.tandem.platform.Role;

/** An invitation for someone to join an organisation in a role. */
public record Invitation(UUID id, UUID organisationId, String organisationName, String email, Role role,
                         String invitedByName, Instant createdAt, Instant expiresAt, Instant acceptedAt,
                         Instant revokedAt) {

    public enum Status { PENDING, ACCEPTED, EXPIRED, REVOKED }

    /** The role as it reads in a sentence: "an administrator", "a panel member". */
    public String roleWithArticle() {
        return role.withArticle();
    }

    public Status statusAt(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isBefore(now) ? Status.EXPIRED : Status.PENDING;
    }
}
