package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.tandem.insight.provision.FundedService;

/** A service a round visits, from the organisation's baseline of current provision. */
record QualityRoundServiceJson(UUID id, String name, String providerName,
                        @Schema(nullable = true) UUID providerOrganisationId) {

    static QualityRoundServiceJson of(FundedService service) {
        return new QualityRoundServiceJson(service.id(), service.name(), service.providerName(),
                service.providerOrganisationId());
    }
}
