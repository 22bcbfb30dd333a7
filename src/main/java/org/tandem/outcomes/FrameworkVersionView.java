package org.tandem.outcomes;

import java.time.Instant;
import java.util.UUID;

/**
 * One numbered version of a framework. An agreed version is locked: nothing in it changes through any route, and
 * tenders and contracts refer to it.
 *
 * @param basedOnNumber the version it was copied from, or null for a first version
 * @param version       for optimistic locking of the version's own state
 */
public record FrameworkVersionView(UUID id, UUID organisationId, UUID frameworkId, int number, VersionStatus status,
                                   Integer basedOnNumber, String note, UUID reviewGroupId, String reviewGroupName,
                                   Instant createdAt, String createdByName, Instant sentForReviewAt,
                                   Instant agreedAt, int version) {

    public boolean isLocked() {
        return status == VersionStatus.AGREED;
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    public String label() {
        return "Version " + number;
    }
}
