package org.tandem.platform.people;

import java.time.Instant;
import java.util.UUID;

/** Someone who can sign in to Tandem. Their roles live in memberships, one set per organisation. */
public record Person(UUID id, String email, String displayName, String passwordHash, Instant emailVerifiedAt,
                     boolean active, Instant createdAt, int version) {

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
