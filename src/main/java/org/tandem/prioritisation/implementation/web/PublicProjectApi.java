package org.tandem.prioritisation.implementation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.prioritisation.implementation.ProjectTracking;

/** What happened to the projects a published vote funded, open to everyone without signing in. */
@RestController
@RequestMapping("/public/api/v1/organisations/{organisationId}/pb-processes/{processId}/projects")
@Tag(name = "Public participatory budgeting", description = "Published processes and their accepted proposals")
@SecurityRequirements
class PublicProjectApi {

    private final PublicProjects finder;
    private final ProjectTracking tracking;

    PublicProjectApi(PublicProjects finder, ProjectTracking tracking) {
        this.finder = finder;
        this.tracking = tracking;
    }

    @GetMapping
    @Operation(operationId = "listPublicPbProjects", summary = "The funded projects of a process whose results are "
            + "published, with their progress")
    List<ProjectJson> list(@PathVariable String organisationId, @PathVariable String processId) {
        PublicProjects.Found found = finder.find(organisationId, processId);
        return tracking.publicProjects(found.organisation().id(), found.process().id()).stream()
                .map(p -> ProjectJson.of(p, null, null, false)).toList();
    }

    @GetMapping("/{projectId}")
    @Operation(operationId = "getPublicPbProject", summary = "A funded project with its public updates, newest first")
    ProjectJson project(@PathVariable String organisationId, @PathVariable String processId,
                        @PathVariable String projectId) {
        PublicProjects.Found found = finder.find(organisationId, processId);
        var page = tracking.publicPage(found.organisation().id(), found.process().id(),
                PublicProjects.id(projectId, "Funded project"));
        return ProjectJson.of(page.project(), page.updates(), ProjectPaths.publicProject(found.organisation().id(),
                found.process().id(), page.project().id()) + "/photos/", false);
    }
}
