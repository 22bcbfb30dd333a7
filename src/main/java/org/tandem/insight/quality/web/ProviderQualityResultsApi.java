package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.insight.quality.ProviderQualityResults;
import org.tandem.insight.quality.ProviderResponse;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/** A provider's own quality results, once shared, and its written responses: under the provider's organisation. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/quality-results")
@Tag(name = "Quality assessment")
class ProviderQualityResultsApi {

    private final ProviderQualityResults results;

    ProviderQualityResultsApi(ProviderQualityResults results) {
        this.results = results;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listSharedQualityResults",
            summary = "Results of the organisation's own services that commissioners have shared with it")
    ApiPage<SharedQualityResultJson> list(CurrentUser.Membership organisation,
                                   @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                   @Parameter(description = "Up to 100; larger sizes give 100")
                                   @RequestParam(required = false) Integer size) {
        return ApiPage.of(results.list(organisation, PageRequest.of(page, size)), SharedQualityResultJson::of);
    }

    @GetMapping("/{decisionId}")
    @OrganisationMember
    @Operation(operationId = "getSharedQualityResult",
            summary = "One shared result: each area's rating with its evidence and quotes, and the decision")
    SharedQualityResultJson result(CurrentUser.Membership organisation, @PathVariable UUID decisionId) {
        return SharedQualityResultJson.of(results.result(organisation, decisionId));
    }

    @PostMapping("/{decisionId}/responses")
    @RequiresRole({Role.PROVIDER_USER, Role.ADMINISTRATOR})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "respondToQualityResult", summary = "Respond in writing to a shared result",
            description = "The commissioner reads it beside the decision. Not once the round is closed.")
    @ApiResponse(responseCode = "201", description = "Sent", headers = @Header(name = "Location",
            description = "The result"))
    ResponseEntity<ProviderResponseJson> respond(CurrentUser user, CurrentUser.Membership organisation,
                                         @PathVariable UUID decisionId,
                                         @Valid @RequestBody ProviderResponseRequest request) {
        ProviderResponse response = results.respond(user, organisation, decisionId, request.body());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/organisations/{org}/quality-results/{id}")
                        .buildAndExpand(organisation.organisationId(), decisionId).toUri())
                .body(ProviderResponseJson.of(response));
    }
}
