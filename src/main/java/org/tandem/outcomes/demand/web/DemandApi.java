package org.tandem.outcomes.demand.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.outcomes.demand.DemandService;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * The Public Value demand views of a commission's needs in the API, with the pages' rules: everyone in the lead and
 * partner organisations reads; the lead organisation's commissioners and commissioning officers write them.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/demand")
@Tag(name = "Demand", description = "For each need: the politically recognised level, how much behaviour change "
        + "and co-production meet, and so how much must be commissioned (Public Value Model)")
class DemandApi {

    private static final String CONFLICT = "#/components/responses/Conflict";

    private final DemandService demand;

    DemandApi(DemandService demand) {
        this.demand = demand;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listDemandViews", summary = "The demand views of the commission's needs, most pressing "
            + "need first")
    List<DemandJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        return demand.views(organisation, commissionId).stream().map(DemandJson::of).toList();
    }

    @GetMapping("/{needId}")
    @OrganisationMember
    @Operation(operationId = "getDemandView", summary = "A need's demand view")
    DemandJson view(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId) {
        return DemandJson.of(demand.view(organisation, commissionId, needId));
    }

    @PutMapping("/{needId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "saveDemandView", summary = "Write a need's demand view (commissioners and officers of "
            + "the lead organisation)", description = "Behaviour change and co-production together may not exceed "
            + "the recognised level. When the need already has a view, send the version you read.")
    @ApiResponse(responseCode = "200", description = "The view as saved, with what must be commissioned")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DemandJson save(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                    @Valid @RequestBody DemandRequest request) {
        return DemandJson.of(demand.save(organisation, commissionId, needId, request.version(), request.draft()));
    }

    @DeleteMapping("/{needId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeDemandView", summary = "Remove a need's demand view")
    @ApiResponse(responseCode = "204", description = "Removed")
    void remove(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId) {
        demand.remove(organisation, commissionId, needId);
    }
}
