package org.tandem.prioritisation.ballots.web;

import java.util.UUID;

/** Addresses of the voting pages. */
final class BallotPaths {

    private BallotPaths() {
    }

    static String process(UUID organisationId, UUID processId) {
        return "/o/" + organisationId + "/pb-processes/" + processId;
    }

    static String ballot(UUID organisationId, UUID processId) {
        return process(organisationId, processId) + "/ballot";
    }

    static String paper(UUID organisationId, UUID processId) {
        return process(organisationId, processId) + "/paper-ballots";
    }

    static String publicProcess(UUID organisationId, UUID processId) {
        return "/public/o/" + organisationId + "/pb-processes/" + processId;
    }

    static String codeVote(UUID organisationId, UUID processId) {
        return publicProcess(organisationId, processId) + "/vote";
    }
}
