package org.tandem.prioritisation.results.web;

import java.util.UUID;

/** Addresses of the results pages, in one place. */
final class ResultsPaths {

    private ResultsPaths() {
    }

    static String process(UUID organisationId, UUID processId) {
        return "/o/" + organisationId + "/pb-processes/" + processId;
    }

    static String results(UUID organisationId, UUID processId) {
        return process(organisationId, processId) + "/results";
    }

    static String publicProcess(UUID organisationId, UUID processId) {
        return "/public/o/" + organisationId + "/pb-processes/" + processId;
    }

    static String publicResults(UUID organisationId, UUID processId) {
        return publicProcess(organisationId, processId) + "/results";
    }
}
