package org.tandem.coproduction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.internal.Activity;
import org.tandem.coproduction.internal.ActivityRepository;
import org.tandem.coproduction.internal.ActivityService;
import org.tandem.coproduction.internal.CoProductionSummaries;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * A commission's co-production record in the API, with the same rules as the pages: everyone in the lead and partner
 * organisations reads; the lead organisation's commissioners, commissioning officers and citizen co-producers record
 * and change activities; its commissioners delete them and confirm the matrix.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/co-production")
@Tag(name = "Co-production", description = "Who took part in each activity on a commission, at which rung of the "
        + "ladder of co-production and for which of the four Co's; what it all adds up to")
class CoProductionApi {

    /** Described once in the OpenAPI document's components. */
    private static final String CONFLICT = "#/components/responses/Conflict";

    private final ActivityService activities;
    private final CoProductionSummaries summaries;

    CoProductionApi(ActivityService activities, CoProductionSummaries summaries) {
        this.activities = activities;
        this.summaries = summaries;
    }

    @GetMapping("/activities")
    @OrganisationMember
    @Operation(operationId = "listCoProductionActivities", summary = "The commission's co-production activities")
    ApiPage<ActivityJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                               @Parameter(description = "Part of the title, purpose or what changed")
                               @RequestParam(required = false) String q,
                               @RequestParam(required = false) Phase phase,
                               @RequestParam(required = false) LadderRung rung,
                               @Parameter(description = "One of the Co's; CO_COMMISSIONING also matches its kinds")
                               @RequestParam(required = false) CoProductionMode mode,
                               @RequestParam(required = false) ActivityMethod method,
                               @RequestParam(required = false) ActivityRepository.Sort sort,
                               @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                               @Parameter(description = "Up to 100; larger sizes give 100")
                               @RequestParam(required = false) Integer size) {
        return ApiPage.of(activities.list(organisation, commissionId,
                        new ActivityRepository.Filter(q, phase, rung, mode, method),
                        sort == null ? ActivityRepository.Sort.NEWEST : sort, PageRequest.of(page, size)),
                ActivityJson::of);
    }

    @PostMapping("/activities")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordCoProductionActivity",
            summary = "Record an activity (lead organisation's commissioners, officers and citizen co-producers)")
    @ApiResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location",
            description = "The new activity"))
    ResponseEntity<ActivityJson> record(CurrentUser user, CurrentUser.Membership organisation,
                                        @PathVariable UUID commissionId, @Valid @RequestBody ActivityRequest request) {
        Activity created = activities.create(user, organisation, commissionId, request.details());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(ActivityJson.of(created));
    }

    @GetMapping("/activities/{activityId}")
    @OrganisationMember
    @Operation(operationId = "getCoProductionActivity", summary = "A co-production activity")
    ActivityJson activity(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                          @PathVariable UUID activityId) {
        return ActivityJson.of(activities.view(organisation, commissionId, activityId));
    }

    @PutMapping("/activities/{activityId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    @Operation(operationId = "changeCoProductionActivity",
            summary = "Change an activity (lead organisation's commissioners, officers and citizen co-producers)",
            description = "Send every detail and the version you read.")
    @ApiResponse(responseCode = "200", description = "The activity as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ActivityJson change(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                        @PathVariable UUID activityId, @Valid @RequestBody ActivityRequest request) {
        ReadVersion.required(request.version());
        return ActivityJson.of(activities.update(organisation, commissionId, activityId, request.version(),
                request.details()));
    }

    @DeleteMapping("/activities/{activityId}")
    @RequiresRole(Role.COMMISSIONER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCoProductionActivity", summary = "Delete an activity (commissioners)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID activityId) {
        activities.delete(organisation, commissionId, activityId);
    }

    @GetMapping("/summary")
    @OrganisationMember
    @Operation(operationId = "getCoProductionSummary",
            summary = "What the activities add up to: ladder, four Co's, matrix, Needham and Carr's level, "
                    + "equalities and the usual-suspects warning")
    SummaryJson summary(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        return SummaryJson.of(summaries.summary(organisation, commissionId));
    }

    @PutMapping("/matrix")
    @RequiresRole(Role.COMMISSIONER)
    @Operation(operationId = "confirmCoProductionMatrix",
            summary = "Confirm the commission's cell in Dorset's matrix, or set another with a reason (commissioners)")
    @ApiResponse(responseCode = "200", description = "The summary, with the confirmation")
    SummaryJson confirm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                        @Valid @RequestBody MatrixConfirmationRequest request) {
        return SummaryJson.of(summaries.confirmMatrix(user, organisation, commissionId, request.chosen(),
                request.reason()));
    }
}
