package org.tandem.commissions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.commissions.ChecklistItem;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.Phase;
import org.tandem.commissions.internal.ChecklistTick;
import org.tandem.commissions.internal.CommissionRepository;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * Commissions in the API, with the same rules as {@link CommissionPages}: members of the lead organisation and of
 * partner organisations read; commissioners start commissions; commissioners and commissioning officers of the lead
 * organisation change them, move them on and tick the checklist; only commissioners move them back.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions")
@Tag(name = "Commissions", description = "Commissioning exercises, their phases in the cycle and their checklists")
class CommissionsApi {

    /** Described once in the OpenAPI document's components. */
    private static final String CONFLICT = "#/components/responses/Conflict";

    private final CommissionService commissions;

    CommissionsApi(CommissionService commissions) {
        this.commissions = commissions;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listCommissions", summary = "Commissions the organisation leads or is a partner in")
    ApiPage<CommissionJson> list(CurrentUser.Membership organisation,
                                 @Parameter(description = "Part of the title or summary")
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Phase phase,
                                 @RequestParam(required = false) CommissioningLevel level,
                                 @RequestParam(required = false) CommissionRepository.Sort sort,
                                 @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                 @Parameter(description = "Up to 100; larger sizes give 100")
                                 @RequestParam(required = false) Integer size) {
        return ApiPage.of(commissions.list(organisation, new CommissionRepository.Filter(q, phase, level),
                sort == null ? CommissionRepository.Sort.TITLE : sort, PageRequest.of(page, size)), CommissionJson::of);
    }

    @PostMapping
    @RequiresRole(Role.COMMISSIONER)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "startCommission",
            summary = "Start a commission (commissioners)", description = "It starts in the Insight phase.")
    @ApiResponse(responseCode = "201", description = "Started", headers = @Header(name = "Location",
            description = "The new commission"))
    ResponseEntity<CommissionJson> start(CurrentUser user, CurrentUser.Membership organisation,
                                         @Valid @RequestBody CommissionRequest request) {
        CommissionView created = commissions.create(user, organisation, request.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(CommissionJson.of(created));
    }

    @GetMapping("/{commissionId}")
    @OrganisationMember
    @Operation(operationId = "getCommission", summary = "A commission")
    CommissionJson commission(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        return CommissionJson.of(commissions.view(organisation, commissionId));
    }

    @PutMapping("/{commissionId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeCommission",
            summary = "Change a commission's details (lead organisation's commissioners and officers)",
            description = "Send every detail and the version you read.")
    @ApiResponse(responseCode = "200", description = "The commission as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    CommissionJson change(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                          @Valid @RequestBody CommissionRequest request) {
        ReadVersion.required(request.version());
        return CommissionJson.of(commissions.update(organisation, commissionId, request.version(), request.draft()));
    }

    @GetMapping("/{commissionId}/phase-changes")
    @OrganisationMember
    @Operation(operationId = "listPhaseChanges", summary = "The commission's moves through the cycle, oldest first")
    ApiPage<PhaseChangeJson> phaseChanges(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                          @Parameter(description = "From 1")
                                          @RequestParam(required = false) Integer page,
                                          @Parameter(description = "Up to 100; larger sizes give 100")
                                          @RequestParam(required = false) Integer size) {
        return ApiPage.of(commissions.history(organisation, commissionId), PageRequest.of(page, size),
                PhaseChangeJson::of);
    }

    @PostMapping("/{commissionId}/phase-changes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "changePhase",
            summary = "Move the commission to the next phase, or back to the previous one",
            description = "One phase at a time. Moving back is for commissioners only, with a reason.")
    @ApiResponse(responseCode = "201", description = "Moved; the commission as it is now", headers = @Header(
            name = "Location", description = "The commission"))
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<CommissionJson> movePhase(CurrentUser user, CurrentUser.Membership organisation,
                                             @PathVariable UUID commissionId,
                                             @Valid @RequestBody PhaseChangeRequest request) {
        CommissionView moved = commissions.movePhase(user, organisation, commissionId, request.version(),
                request.to(), request.reason());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/organisations/{organisationId}/commissions/{commissionId}")
                .buildAndExpand(Map.of("organisationId", organisation.organisationId(), "commissionId", moved.id()))
                .toUri();
        return ResponseEntity.created(location).body(CommissionJson.of(moved));
    }

    @GetMapping("/{commissionId}/checklist")
    @OrganisationMember
    @Operation(operationId = "getChecklist",
            summary = "The commission's checklist: every phase's items, and which are done")
    ApiPage<ChecklistItemJson> checklist(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                         @Parameter(description = "From 1")
                                         @RequestParam(required = false) Integer page,
                                         @Parameter(description = "Up to 100; larger sizes give 100")
                                         @RequestParam(required = false) Integer size) {
        Map<ChecklistItem, ChecklistTick> ticks = commissions.checklist(organisation, commissionId);
        return ApiPage.of(Arrays.asList(ChecklistItem.values()), PageRequest.of(page, size),
                item -> ChecklistItemJson.of(item, ticks.get(item)));
    }

    @PutMapping("/{commissionId}/checklist/{item}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "tickChecklistItem",
            summary = "Mark a checklist item done or not done (lead organisation's commissioners and officers)")
    ChecklistItemJson tick(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                           @Parameter(description = "The item's key, such as needs-assessment")
                           @PathVariable String item, @Valid @RequestBody ChecklistTickRequest request) {
        ChecklistItem ticked = ChecklistItem.byKey(item).orElseThrow(() -> new NotFoundException("Checklist item"));
        commissions.tick(user, organisation, commissionId, ticked.key(), request.done(), request.note());
        return ChecklistItemJson.of(ticked, commissions.checklist(organisation, commissionId).get(ticked));
    }
}
