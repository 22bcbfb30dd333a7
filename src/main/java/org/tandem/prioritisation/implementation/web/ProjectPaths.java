package org.tandem.prioritisation.implementation.web;

import java.util.UUID;

/** Addresses of the implementation-tracking pages, in one place. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    static String process(UUID organisationId, UUID processId) {
        return "/o/" + organisationId + "/pb-processes/" + processId;
    }

    static String projects(UUID organisationId, UUID processId) {
        return process(organisationId, processId) + "/projects";
    }

    static String project(UUID organisationId, UUID processId, UUID projectId) {
        return projects(organisationId, processId) + "/" + projectId;
    }

    static String publicProcess(UUID organisationId, UUID processId) {
        return "/public/o/" + organisationId + "/pb-processes/" + processId;
    }

    static String publicProjects(UUID organisationId, UUID processId) {
        return publicProcess(organisationId, processId) + "/projects";
    }

    static String publicProject(UUID organisationId, UUID processId, UUID projectId) {
        return publicProjects(organisationId, processId) + "/" + projectId;
    }
}
