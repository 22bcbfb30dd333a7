package org.tandem.outcomes;

import java.util.UUID;

/**
 * An indicator as other modules see it. {@code lineageId} is shared with its copies in other versions of the
 * framework; {@code version} is for optimistic locking.
 */
public record IndicatorView(UUID id, UUID outcomeId, UUID lineageId, int position, IndicatorDraft details,
                            int version) {
}
