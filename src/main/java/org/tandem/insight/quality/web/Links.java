package org.tandem.insight.quality.web;

import java.util.UUID;
import org.tandem.insight.quality.QualityRound;

/** Addresses of the quality assessment pages, written once. */
final class Links {

    private Links() {
    }

    static String rounds(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/quality-rounds";
    }

    static String round(QualityRound round) {
        return rounds(round.organisationId(), round.commissionId()) + "/" + round.id();
    }

    static String visit(QualityRound round, UUID visitId) {
        return round(round) + "/visits/" + visitId;
    }

    static String results(QualityRound round) {
        return round(round) + "/results";
    }
}
