package org.tandem.outcomes.internal;

import java.util.UUID;

/** One piece of guidance a framework departs from; {@code outcomeId} names the outcome when it is about one. */
public record GuidanceWarning(GuidanceRule rule, String message, UUID outcomeId) {
}
