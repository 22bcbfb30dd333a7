package org.tandem.prioritisation.results.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published results of a process, open to everyone without signing in. */
@RestController
@RequestMapping("/public/api/v1/organisations/{organisationId}/pb-processes/{processId}/results")
@Tag(name = "Public participatory budgeting")
@SecurityRequirements
class PublicResultsApi {

    private final PublishedResults published;

    PublicResultsApi(PublishedResults published) {
        this.published = published;
    }

    @GetMapping
    @Operation(operationId = "getPublicPbResults", summary = "The published results of a process")
    @ApiResponse(responseCode = "200", description = "The published count")
    @ApiResponse(responseCode = "404", description = "No such published process, or no results published yet")
    ResultsJson results(@PathVariable String organisationId, @PathVariable String processId) {
        return ResultsJson.of(published.find(organisationId, processId).count());
    }
}
