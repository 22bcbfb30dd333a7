package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.QualityVisits;
import org.tandem.insight.quality.Viewer;
import org.tandem.insight.quality.Visit;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * Visits and their ratings, with the same rules as the pages: managers plan visits; a visit's team (and the round's
 * managers) record and submit it; an assessor finds every visit they are not on "not found".
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}/visits")
@Tag(name = "Quality assessment")
class QualityVisitsApi {

    private final QualityVisits visits;
    private final QualityRounds rounds;

    QualityVisitsApi(QualityVisits visits, QualityRounds rounds) {
        this.visits = visits;
        this.rounds = rounds;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listQualityVisits", summary = "The round's visits you can see",
            description = "Managers see every visit; an assessor sees the visits they are on the team for.")
    ApiPage<QualityVisitJson> list(CurrentUser user, CurrentUser.Membership organisation,
                                   @PathVariable UUID commissionId, @PathVariable UUID roundId,
                                   @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                   @Parameter(description = "Up to 100; larger sizes give 100")
                                   @RequestParam(required = false) Integer size) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityRound round = rounds.round(viewer, commissionId, roundId);
        return ApiPage.of(visits.visits(viewer, round), PageRequest.of(page, size), QualityVisitJson::of);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "planQualityVisit", summary = "Plan a visit with its team (in Draft or Visiting)",
            description = "teamWarnings says when the team has no one with lived experience; the visit is planned "
                    + "all the same.")
    @ApiResponse(responseCode = "201", description = "Planned", headers = @Header(name = "Location",
            description = "The visit"))
    ResponseEntity<QualityVisitJson> plan(CurrentUser user, CurrentUser.Membership organisation,
                                          @PathVariable UUID commissionId, @PathVariable UUID roundId,
                                          @Valid @RequestBody VisitPlanRequest request) {
        Visit visit = visits.plan(Viewer.of(user, organisation), commissionId, roundId, request.plan());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(visit.id()).toUri()).body(QualityVisitJson.of(visit));
    }

    @GetMapping("/{visitId}")
    @OrganisationMember
    @Operation(operationId = "getQualityVisit", summary = "A visit, with its ratings")
    QualityVisitJson visit(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                           @PathVariable UUID roundId, @PathVariable UUID visitId) {
        return QualityVisitJson.of(visits.sheet(Viewer.of(user, organisation), commissionId, roundId, visitId));
    }

    @PutMapping("/{visitId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "replanQualityVisit", summary = "Change a visit's service, date or team",
            description = "Until it is submitted, in Draft or Visiting. Send the version you read.")
    @ApiResponse(responseCode = "200", description = "The visit as planned")
    @ApiResponse(responseCode = "409", ref = QualityRoundsApi.CONFLICT)
    QualityVisitJson replan(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                            @PathVariable UUID roundId, @PathVariable UUID visitId,
                            @Valid @RequestBody VisitPlanRequest request) {
        if (request.version() == null) {
            throw new RuleViolation("version", "Send the version of the visit you read");
        }
        return QualityVisitJson.of(visits.replan(Viewer.of(user, organisation), commissionId, roundId, visitId,
                request.version(), request.plan()));
    }

    @DeleteMapping("/{visitId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeQualityVisit", summary = "Take a visit nobody has started off the plan")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", ref = QualityRoundsApi.CONFLICT)
    void remove(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID roundId, @PathVariable UUID visitId,
                @Parameter(description = "The version of the visit you read", required = true)
                @RequestParam(required = false) Integer version) {
        Viewer viewer = Viewer.of(user, organisation);
        if (version == null) {
            visits.sheet(viewer, commissionId, roundId, visitId);
            throw new RuleViolation("version", "Send the version of the visit you read");
        }
        visits.remove(viewer, commissionId, roundId, visitId, version);
    }

    @PutMapping("/{visitId}/ratings")
    @OrganisationMember
    @Operation(operationId = "saveQualityRatings", summary = "Save the visit's ratings as a draft (its team)",
            description = "Nothing needs to be complete. Areas left out are not rated.")
    @ApiResponse(responseCode = "200", description = "Saved; the visit with its ratings")
    @ApiResponse(responseCode = "409", ref = QualityRoundsApi.CONFLICT)
    QualityVisitJson save(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                          @PathVariable UUID roundId, @PathVariable UUID visitId,
                          @Valid @RequestBody VisitRatingsRequest request) {
        Viewer viewer = Viewer.of(user, organisation);
        visits.save(viewer, commissionId, roundId, visitId, request.version(), request.areaRatings());
        return QualityVisitJson.of(visits.sheet(viewer, commissionId, roundId, visitId));
    }

    @PostMapping("/{visitId}/submission")
    @OrganisationMember
    @Operation(operationId = "submitQualityVisit", summary = "Submit the visit (its team); it is then locked",
            description = "Every area needs a rating, and every red rating needs evidence.")
    @ApiResponse(responseCode = "200", description = "Submitted; the visit as it is now")
    @ApiResponse(responseCode = "409", ref = QualityRoundsApi.CONFLICT)
    QualityVisitJson submit(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                            @PathVariable UUID roundId, @PathVariable UUID visitId,
                            @Valid @RequestBody VisitRatingsRequest request) {
        Viewer viewer = Viewer.of(user, organisation);
        asRequest(() -> visits.submit(viewer, commissionId, roundId, visitId, request.version(),
                request.areaRatings()));
        return QualityVisitJson.of(visits.sheet(viewer, commissionId, roundId, visitId));
    }

    @PostMapping("/{visitId}/reopening")
    @RequiresRole(Role.COMMISSIONER)
    @Operation(operationId = "reopenQualityVisit", summary = "Reopen a submitted visit, with a reason (commissioners)")
    @ApiResponse(responseCode = "200", description = "Reopened; its team can change it again")
    @ApiResponse(responseCode = "409", ref = QualityRoundsApi.CONFLICT)
    QualityVisitJson reopen(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                            @PathVariable UUID roundId, @PathVariable UUID visitId,
                            @Valid @RequestBody VisitReopenRequest request) {
        Viewer viewer = Viewer.of(user, organisation);
        visits.reopen(viewer, commissionId, roundId, visitId, request.version(), request.reason());
        return QualityVisitJson.of(visits.sheet(viewer, commissionId, roundId, visitId));
    }

    /** The form names an area's rating by its place on the page; an API client sent them as {@code ratings}. */
    private static void asRequest(Supplier<Visit> submission) {
        try {
            submission.get();
        } catch (RuleViolation e) {
            throw e.field() != null && e.field().startsWith("areas[") ? new RuleViolation("ratings", e.getMessage())
                    : e;
        }
    }
}
