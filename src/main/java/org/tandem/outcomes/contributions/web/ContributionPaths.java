package org.tandem.outcomes.contributions.web;

import java.util.UUID;

/** Where the contributions pages live, so every link to them is built one way. */
final class ContributionPaths {

    private ContributionPaths() {
    }

    static String version(UUID organisationId, UUID frameworkId, int number) {
        return "/o/" + organisationId + "/outcomes/" + frameworkId + "/versions/" + number;
    }

    static String contributions(UUID organisationId, UUID frameworkId, int number) {
        return version(organisationId, frameworkId, number) + "/contributions";
    }

    static String contribution(UUID organisationId, UUID frameworkId, int number, UUID contributionId) {
        return contributions(organisationId, frameworkId, number) + "/" + contributionId;
    }

    static String outcome(UUID organisationId, UUID frameworkId, int number, UUID outcomeId) {
        return contributions(organisationId, frameworkId, number) + "/outcomes/" + outcomeId;
    }

    static String publicCall(String token) {
        return "/public/contribute/" + token;
    }

    static String receipt(String receipt) {
        return "/public/contributions/" + receipt;
    }
}
