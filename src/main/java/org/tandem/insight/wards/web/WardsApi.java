package org.tandem.insight.wards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;
import org.tandem.insight.wards.WardService;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/** The organisation's wards in the API, with the same rules as {@link WardPages}. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/wards")
@Tag(name = "Wards", description = "The areas an organisation works in, that needs, services and assets refer to")
class WardsApi {

    private final WardRepository wards;
    private final WardService service;

    WardsApi(WardRepository wards, WardService service) {
        this.wards = wards;
        this.service = service;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listWards", summary = "The organisation's wards, by name")
    ApiPage<WardJson> list(CurrentUser.Membership organisation,
                           @Parameter(description = "Part of the code or name")
                           @RequestParam(required = false) String q,
                           @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                           @Parameter(description = "Up to 100; larger sizes give 100")
                           @RequestParam(required = false) Integer size) {
        return ApiPage.of(wards.search(organisation.organisationId(), q, PageRequest.of(page, size)), WardJson::of);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "addWard", summary = "Add a ward (commissioners and officers)")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "The new ward"))
    ResponseEntity<WardJson> add(CurrentUser.Membership organisation, @Valid @RequestBody WardRequest request) {
        Ward ward = service.add(organisation.organisationId(), request.code(), request.name());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(ward.id()).toUri();
        return ResponseEntity.created(location).body(WardJson.of(ward, 0));
    }

    @GetMapping("/{wardId}")
    @OrganisationMember
    @Operation(operationId = "getWard", summary = "A ward")
    WardJson ward(CurrentUser.Membership organisation, @PathVariable UUID wardId) {
        return WardJson.of(service.view(organisation.organisationId(), wardId));
    }

    @PutMapping("/{wardId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "renameWard", summary = "Change a ward's code or name (commissioners and officers)")
    @ApiResponse(responseCode = "200", description = "The ward as saved")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    WardJson rename(CurrentUser.Membership organisation, @PathVariable UUID wardId,
                    @Valid @RequestBody WardRequest request) {
        if (request.version() == null) {
            throw new RuleViolation("version", "Send the version you read, so that a change made since then is "
                    + "not overwritten");
        }
        service.rename(organisation.organisationId(), wardId, request.version(), request.code(), request.name());
        return WardJson.of(service.view(organisation.organisationId(), wardId));
    }
}
