package org.tandem.insight.quality;

import java.time.Instant;
import java.util.UUID;

/** What a provider wrote back about its results. */
public record ProviderResponse(UUID id, UUID decisionId, String body, String writtenByName, Instant writtenAt) {

    public static final int BODY_MAX = 4000;
}
