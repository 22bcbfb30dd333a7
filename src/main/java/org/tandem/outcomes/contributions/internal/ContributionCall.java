package org.tandem.outcomes.contributions.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A draft version opened for contributions, with the question people are asked. It is open until closed; while
 * {@code publicToken} is set, anyone with the link may contribute without signing in.
 */
public record ContributionCall(UUID versionId, UUID organisationId, UUID frameworkId, UUID commissionId,
                               String question, Instant openedAt, String openedByName, Instant closedAt,
                               String publicToken, Instant publicSince, int version) {

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean isPublic() {
        return isOpen() && publicToken != null;
    }
}
