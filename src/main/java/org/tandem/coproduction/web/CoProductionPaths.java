package org.tandem.coproduction.web;

import java.util.UUID;

/** Where the co-production pages live, so every link to them is built one way. */
final class CoProductionPaths {

    private CoProductionPaths() {
    }

    static String summary(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/co-production";
    }

    static String activity(UUID organisationId, UUID commissionId, UUID activityId) {
        return summary(organisationId, commissionId) + "/activities/" + activityId;
    }
}
