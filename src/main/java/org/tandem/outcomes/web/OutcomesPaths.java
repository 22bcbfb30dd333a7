package org.tandem.outcomes.web;

import java.util.UUID;

/** Where the outcomes pages live, so every link to them is built one way. */
final class OutcomesPaths {

    private OutcomesPaths() {
    }

    static String home(UUID organisationId) {
        return "/o/" + organisationId + "/outcomes";
    }

    static String commission(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/outcomes";
    }

    static String framework(UUID organisationId, UUID frameworkId) {
        return home(organisationId) + "/" + frameworkId;
    }

    static String version(UUID organisationId, UUID frameworkId, int number) {
        return framework(organisationId, frameworkId) + "/versions/" + number;
    }

    static String outcome(UUID organisationId, UUID frameworkId, int number, UUID outcomeId) {
        return version(organisationId, frameworkId, number) + "/outcomes/" + outcomeId;
    }

    static String indicator(UUID organisationId, UUID frameworkId, int number, UUID indicatorId) {
        return version(organisationId, frameworkId, number) + "/indicators/" + indicatorId;
    }

    static String groups(UUID organisationId) {
        return home(organisationId) + "/review-groups";
    }

    static String publicFramework(UUID organisationId, UUID frameworkId) {
        return "/public/o/" + organisationId + "/outcomes/" + frameworkId;
    }
}
