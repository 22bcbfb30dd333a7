package org.tandem.insight.quality;

import java.util.UUID;

/**
 * A decision as the provider of the service reaches it: which round, which commissioning organisation, which service.
 * Only decisions of rounds whose results are shared are ever made into one.
 */
public record SharedResult(Decision decision, UUID organisationId, UUID roundId, String roundTitle,
                           RoundStatus roundStatus, String serviceName) {

    /** Providers respond while the results are shared and the round is not closed. */
    public boolean acceptsResponses() {
        return roundStatus == RoundStatus.SHARED;
    }
}
