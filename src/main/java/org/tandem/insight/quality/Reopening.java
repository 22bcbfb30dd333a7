package org.tandem.insight.quality;

import java.time.Instant;

/** A submitted visit opened again: by whom, when and why. */
public record Reopening(String reason, String byName, Instant at) {
}
