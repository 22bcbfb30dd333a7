package org.tandem.outcomes.contributions.web;

import java.time.Instant;
import java.util.UUID;
import org.tandem.outcomes.contributions.internal.ContributionCall;

/** Whether a version is open for contributions, and the public link while it is open to anyone. */
record CallJson(UUID versionId, String question, boolean open, Instant openedAt, String openedBy, Instant closedAt,
                String publicLink) {

    static CallJson of(ContributionCall call) {
        return new CallJson(call.versionId(), call.question(), call.isOpen(), call.openedAt(), call.openedByName(),
                call.closedAt(), call.isPublic() ? ContributionPaths.publicCall(call.publicToken()) : null);
    }
}
