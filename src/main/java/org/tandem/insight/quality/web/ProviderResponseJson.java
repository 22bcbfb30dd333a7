package org.tandem.insight.quality.web;

import java.time.Instant;
import java.util.UUID;
import org.tandem.insight.quality.ProviderResponse;

/** A provider's written response to its result. */
record ProviderResponseJson(UUID id, String body, String writtenBy, Instant writtenAt) {

    static ProviderResponseJson of(ProviderResponse r) {
        return new ProviderResponseJson(r.id(), r.body(), r.writtenByName(), r.writtenAt());
    }
}
