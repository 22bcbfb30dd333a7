package org.tandem.prioritisation.results.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.CurrentUser;
import org.tandem.prioritisation.results.CountService;

/** The newest count of a process, published or not, for commissioners and commissioning officers. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/pb-processes/{processId}/results")
@Tag(name = "Participatory budgeting")
class ResultsApi {

    private final CountService counts;

    ResultsApi(CountService counts) {
        this.counts = counts;
    }

    @GetMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "getPbResults", summary = "The newest count of a process, published or not "
            + "(commissioners and commissioning officers)")
    @ApiResponse(responseCode = "200", description = "The count")
    @ApiResponse(responseCode = "404", description = "No such process, or its ballots have not been counted")
    ResultsJson results(CurrentUser.Membership organisation, @PathVariable UUID processId) {
        counts.process(organisation.organisationId(), processId);
        return ResultsJson.of(counts.latest(organisation.organisationId(), processId)
                .orElseThrow(() -> new NotFoundException("Count")));
    }
}
