package org.tandem.insight.quality.web;

import java.time.Instant;
import java.util.UUID;
import org.tandem.insight.quality.ProviderResponse;

/** A provider's written response to its result. */
record ResponseJson(UUID id, String body, String writtenBy, Instant writtenAt) {

    static ResponseJson of(ProviderResponse r) {
        return new ResponseJson(r.id(), r.body(), r.writtenByName(), r.writtenAt());
    }
}
