package org.tandem.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.SignedIn;
import org.tandem.platform.organisations.OrganisationService;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The directory of organisations on Tandem, and your organisation's details")
class OrganisationsApi {

    private final OrganisationService organisations;

    OrganisationsApi(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @SignedIn
    @Operation(operationId = "listOrganisations", summary = "The directory: every organisation on Tandem, by name")
    ApiPage<OrganisationJson> directory(
            @Parameter(description = "Part of the name") @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "Up to 100; larger sizes give 100") @RequestParam(required = false) Integer size) {
        return ApiPage.of(organisations.directory(q, kind, PageRequest.of(page, size)), OrganisationJson::of);
    }

    @GetMapping("/{organisationId}")
    @OrganisationMember
    @Operation(operationId = "getOrganisation", summary = "An organisation you belong to")
    OrganisationJson organisation(@PathVariable UUID organisationId) {
        return OrganisationJson.of(organisations.details(organisationId));
    }

    @PutMapping("/{organisationId}")
    @RequiresRole(Role.ADMINISTRATOR)
    @Operation(operationId = "changeOrganisation", summary = "Change the organisation's details (administrators)")
    @ApiResponse(responseCode = "200", description = "The details as saved")
    @ApiResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    OrganisationJson change(CurrentUser.Membership organisation, @PathVariable UUID organisationId,
                            @Valid @RequestBody OrganisationRequest details) {
        organisations.update(organisation, details.version(), details.details());
        return OrganisationJson.of(organisations.details(organisationId));
    }
}
