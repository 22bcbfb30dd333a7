package org.tandem.outcomes.demand.web;

import java.util.UUID;

/** Where the demand pages live, so every link to them is built one way. */
final class DemandPaths {

    private DemandPaths() {
    }

    static String list(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/demand";
    }

    static String need(UUID organisationId, UUID commissionId, UUID needId) {
        return list(organisationId, commissionId) + "/" + needId;
    }
}
