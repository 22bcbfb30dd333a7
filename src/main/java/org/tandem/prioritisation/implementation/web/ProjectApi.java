package org.tandem.prioritisation.implementation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.platform.ApiPage;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.implementation.ProjectRepository;
import org.tandem.prioritisation.implementation.ProjectStage;
import org.tandem.prioritisation.implementation.ProjectTracking;
import org.tandem.prioritisation.implementation.ProjectUpdate;

/** The funded projects of a process in the API, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/pb-processes/{processId}/projects")
@Tag(name = "Participatory budgeting", description = "Processes in which residents propose and vote on how a budget "
        + "is spent: budget, areas, phases, who may take part, and the proposals")
class ProjectApi {

    private final ProjectTracking tracking;

    ProjectApi(ProjectTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listPbProjects", summary = "The projects the published results fund, by number",
            description = "Without their updates; ask for one project to see its history.")
    ApiPage<ProjectJson> list(CurrentUser.Membership organisation, @PathVariable UUID processId,
                              @Parameter(description = "Only projects at this stage")
                              @RequestParam(required = false) ProjectStage stage,
                              @Parameter(description = "Only projects of this area of the fund")
                              @RequestParam(required = false) String districtId,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return ApiPage.of(tracking.list(organisation.organisationId(), processId,
                        new ProjectRepository.Filter(stage, FormValues.uuid(districtId)), ProjectRepository.Sort.NUMBER,
                        PageRequest.of(page, size)),
                p -> ProjectJson.of(p, null, null, true));
    }

    @GetMapping("/{projectId}")
    @OrganisationMember
    @Operation(operationId = "getPbProject", summary = "A funded project with all its updates, hidden ones too")
    ProjectJson project(CurrentUser.Membership organisation, @PathVariable UUID processId,
                        @PathVariable UUID projectId) {
        var page = tracking.page(organisation.organisationId(), processId, projectId);
        return ProjectJson.of(page.project(), page.updates(),
                ProjectPaths.project(organisation.organisationId(), processId, projectId) + "/photos/", true);
    }

    @PostMapping("/{projectId}/updates")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "postPbProjectUpdate", summary = "Post a dated update on a funded project "
            + "(commissioners and commissioning officers)", description = "Send the version you read. Completed "
            + "means 100% complete; going on hold, stopping funding, going back a stage or lowering the percentage or "
            + "the amount spent needs the reason in the note.")
    @ApiResponse(responseCode = "201", description = "Posted", headers = @Header(name = "Location",
            description = "The project"))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    ResponseEntity<ProjectJson> post(CurrentUser user, CurrentUser.Membership organisation,
                                     @PathVariable UUID processId, @PathVariable UUID projectId,
                                     @RequestBody ProjectUpdateRequest request) {
        UUID org = organisation.organisationId();
        tracking.view(org, processId, projectId);
        if (request.version() == null) {
            throw new RuleViolation("version", "Send the version you read, so that updates posted since then are "
                    + "not overlooked");
        }
        ProjectUpdate posted = tracking.post(new Actor(user.personId(), user.displayName()), org, processId,
                projectId, request.version(), request.day(), request.change(), List.of());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/organisations/{org}/pb-processes/{process}/projects/{project}")
                .buildAndExpand(org, processId, posted.projectId()).toUri();
        return ResponseEntity.created(location).body(project(organisation, processId, projectId));
    }
}
