package org.tandem.outcomes.logic.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.outcomes.logic.LogicModel;
import org.tandem.outcomes.logic.LogicModelService;
import org.tandem.outcomes.logic.OutcomesReviewService;
import org.tandem.outcomes.logic.web.LogicModelJson.ReviewRowJson;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * A commission's logic models and outcomes review table in the API, with the pages' rules: everyone in the lead and
 * partner organisations reads; the lead organisation's commissioners and commissioning officers write. A model of
 * an agreed framework version's outcome is locked: every change to it answers 409.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}")
@Tag(name = "Theory of change", description = "Logic models (inputs, activities, outputs, outcomes, with the "
        + "assumption and evidence of each link) and the outcomes review table")
class LogicModelsApi {

    private static final String CONFLICT = "#/components/responses/Conflict";
    private static final String MODELS = "/logic-models";
    private static final String MODEL = MODELS + "/{modelId}";

    private final LogicModelService models;
    private final OutcomesReviewService review;

    LogicModelsApi(LogicModelService models, OutcomesReviewService review) {
        this.models = models;
        this.review = review;
    }

    @GetMapping(MODELS)
    @OrganisationMember
    @Operation(operationId = "listLogicModels", summary = "The commission's logic models, with their steps and links")
    List<LogicModelJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        return models.list(organisation, commissionId).stream().map(LogicModelJson::of).toList();
    }

    @PostMapping(MODELS)
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "startLogicModel", summary = "Start a logic model of an outcome or a service "
            + "(commissioners and officers of the lead organisation)")
    @ApiResponse(responseCode = "201", description = "Started", headers = @Header(name = "Location",
            description = "The new logic model"))
    ResponseEntity<LogicModelJson> start(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                         @Valid @RequestBody LogicModelRequest request) {
        LogicModel created = models.create(organisation, commissionId, request.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(LogicModelJson.of(created));
    }

    @GetMapping(MODEL)
    @OrganisationMember
    @Operation(operationId = "getLogicModel", summary = "A logic model")
    LogicModelJson model(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                         @PathVariable UUID modelId) {
        return LogicModelJson.of(models.view(organisation, commissionId, modelId));
    }

    @PutMapping(MODEL)
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeLogicModel", summary = "Change a logic model's title and summary",
            description = "Send the version you read.")
    @ApiResponse(responseCode = "200", description = "The model as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    LogicModelJson change(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                          @PathVariable UUID modelId, @Valid @RequestBody LogicModelRequest request) {
        ReadVersion.required(request.version());
        return LogicModelJson.of(models.rename(organisation, commissionId, modelId, request.version(),
                request.draft().title(), request.draft().summary()));
    }

    @DeleteMapping(MODEL)
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeLogicModel", summary = "Remove a logic model")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    void remove(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId) {
        models.remove(organisation, commissionId, modelId);
    }

    @PostMapping(MODEL + "/copy")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "copyLogicModelToDraft", summary = "Copy a locked model of an outcome to the same "
            + "outcome in the framework's draft version")
    @ApiResponse(responseCode = "201", description = "The copy")
    LogicModelJson copy(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                        @PathVariable UUID modelId) {
        return LogicModelJson.of(models.copyToDraft(organisation, commissionId, modelId));
    }

    @PostMapping(MODEL + "/steps")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addLogicStep", summary = "Add an input, activity, output or outcome to a model")
    @ApiResponse(responseCode = "201", description = "The model with the new step")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    LogicModelJson addStep(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                           @PathVariable UUID modelId, @Valid @RequestBody LogicStepRequest request) {
        models.addStep(organisation, commissionId, modelId, request.draft());
        return model(organisation, commissionId, modelId);
    }

    @DeleteMapping(MODEL + "/steps/{stepId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeLogicStep", summary = "Remove a step and every link to or from it")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    void removeStep(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                    @PathVariable UUID stepId) {
        models.removeStep(organisation, commissionId, modelId, stepId);
    }

    @PostMapping(MODEL + "/links")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addLogicLink", summary = "Link a step to one in the next stage, with the assumption "
            + "and evidence")
    @ApiResponse(responseCode = "201", description = "The model with the new link")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    LogicModelJson addLink(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                           @PathVariable UUID modelId, @Valid @RequestBody LogicLinkRequest request) {
        models.addLink(organisation, commissionId, modelId, request.draft());
        return model(organisation, commissionId, modelId);
    }

    @PutMapping(MODEL + "/links/{linkId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeLogicLink", summary = "Change a link's assumption and evidence")
    @ApiResponse(responseCode = "200", description = "The model as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    LogicModelJson changeLink(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                              @PathVariable UUID modelId, @PathVariable UUID linkId,
                              @Valid @RequestBody LogicLinkRequest request) {
        models.changeLink(organisation, commissionId, modelId, linkId, request.draft());
        return model(organisation, commissionId, modelId);
    }

    @DeleteMapping(MODEL + "/links/{linkId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeLogicLink", summary = "Remove a link")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    void removeLink(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                    @PathVariable UUID linkId) {
        models.removeLink(organisation, commissionId, modelId, linkId);
    }

    @GetMapping("/outcomes-review")
    @OrganisationMember
    @Operation(operationId = "getOutcomesReviewTable", summary = "The outcomes review table, community-level "
            + "outcomes first")
    List<ReviewRowJson> reviewTable(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        return review.rows(organisation, commissionId).stream().map(ReviewRowJson::of).toList();
    }

    @PostMapping("/outcomes-review")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addOutcomesReviewRow", summary = "Add a row to the outcomes review table")
    @ApiResponse(responseCode = "201", description = "The row added")
    ReviewRowJson addRow(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                         @Valid @RequestBody OutcomesReviewRowRequest request) {
        return ReviewRowJson.of(review.add(organisation, commissionId, request.draft()));
    }

    @DeleteMapping("/outcomes-review/{rowId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeOutcomesReviewRow", summary = "Remove a row of the outcomes review table")
    @ApiResponse(responseCode = "204", description = "Removed")
    void removeRow(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID rowId) {
        review.remove(organisation, commissionId, rowId);
    }
}
