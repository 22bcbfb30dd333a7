package org.tandem.prioritisation.process.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.platform.ApiPage;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessDetails;
import org.tandem.prioritisation.process.ProcessService;

/** Participatory-budgeting processes in the API, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/pb-processes")
@Tag(name = "Participatory budgeting", description = "Processes in which residents propose and vote on how a budget "
        + "is spent: budget, areas, phases, who may take part, and the proposals")
class ProcessApi {

    private final ProcessService processes;

    ProcessApi(ProcessService processes) {
        this.processes = processes;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listPbProcesses", summary = "The organisation's processes, newest first")
    ApiPage<ProcessJson> list(CurrentUser.Membership organisation,
                              @Parameter(description = "Only this commission's processes")
                              @RequestParam(required = false) UUID commissionId,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return ApiPage.of(processes.list(organisation.organisationId(), commissionId, PageRequest.of(page, size)),
                p -> json(p));
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "createPbProcess", summary = "Set up a process (commissioners and commissioning officers)")
    @ApiResponse(responseCode = "201", description = "Set up", headers = @Header(name = "Location",
            description = "The new process"))
    ResponseEntity<ProcessJson> create(CurrentUser user, CurrentUser.Membership organisation,
                                       @RequestBody ProcessRequest request) {
        PbProcessView created = processes.create(new Actor(user.personId(), user.displayName()),
                organisation.organisationId(), request.details());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(json(created));
    }

    @GetMapping("/{processId}")
    @OrganisationMember
    @Operation(operationId = "getPbProcess", summary = "A process")
    ProcessJson process(CurrentUser.Membership organisation, @PathVariable UUID processId) {
        return json(processes.view(organisation.organisationId(), processId));
    }

    @PutMapping("/{processId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changePbProcess", summary = "Change a process (commissioners and commissioning officers)",
            description = "Send every detail and the version you read; leave out the ballot to keep it as it is. The ballot cannot change once voting has "
                    + "started (409).")
    @ApiResponse(responseCode = "200", description = "The process as saved")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    ProcessJson change(CurrentUser.Membership organisation, @PathVariable UUID processId,
                       @RequestBody ProcessRequest request) {
        ReadVersion.required(request.version());
        ProcessDetails details = request.details();
        if (request.ballot() == null) {
            details = details.withBallot(processes.ballotSettings(organisation.organisationId(), processId));
        }
        return json(processes.update(organisation.organisationId(), processId, request.version(), details));
    }

    private ProcessJson json(PbProcessView p) {
        return ProcessJson.of(p, processes.ballotSettings(p.organisationId(), p.id()), processes.today());
    }
}
