package org.tandem.outcomes.logic.web;

import java.util.UUID;

/** Where the logic model pages live, so every link to them is built one way. */
final class LogicPaths {

    private LogicPaths() {
    }

    static String list(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/logic-models";
    }

    static String model(UUID organisationId, UUID commissionId, UUID modelId) {
        return list(organisationId, commissionId) + "/" + modelId;
    }
}
