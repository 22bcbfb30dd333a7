package org.tandem.prioritisation.process.web;

import java.util.UUID;

/** Addresses of the participatory-budgeting pages, in one place. */
final class PbPaths {

    private PbPaths() {
    }

    static String list(UUID organisationId) {
        return "/o/" + organisationId + "/pb-processes";
    }

    static String process(UUID organisationId, UUID processId) {
        return list(organisationId) + "/" + processId;
    }

    static String proposals(UUID organisationId, UUID processId) {
        return process(organisationId, processId) + "/proposals";
    }

    static String proposal(UUID organisationId, UUID processId, UUID proposalId) {
        return proposals(organisationId, processId) + "/" + proposalId;
    }

    static String publicProcess(UUID organisationId, UUID processId) {
        return "/public/o/" + organisationId + "/pb-processes/" + processId;
    }
}
