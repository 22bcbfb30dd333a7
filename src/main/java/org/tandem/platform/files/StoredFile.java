package org.tandem.platform.files;

import java.time.Instant;
import java.util.UUID;

/**
 * A kept file: its safe name (see {@link SafeFileName}), the type its content showed it to be, its size and the
 * SHA-256 of its bytes (so a copy can be checked against the original).
 */
public record StoredFile(UUID id, UUID organisationId, String name, FileKind kind, long sizeBytes, String sha256,
                         Instant storedAt) {
}
