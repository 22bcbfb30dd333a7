package org.tandem.outcomes.characteristics.web;

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
import org.tandem.outcomes.characteristics.CharacteristicService;
import org.tandem.outcomes.characteristics.QualityCharacteristic;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * A commission's quality characteristics in the API, with the pages' rules: everyone in the lead and partner
 * organisations reads; the lead organisation's commissioners and commissioning officers change them.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/quality-characteristics")
@Tag(name = "Quality characteristics", description = "The principles that guide how the service is provided, in "
        + "users' words and professional wording; later the tender's quality criteria")
class QualityCharacteristicsApi {

    private static final String CONFLICT = "#/components/responses/Conflict";

    private final CharacteristicService characteristics;

    QualityCharacteristicsApi(CharacteristicService characteristics) {
        this.characteristics = characteristics;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listQualityCharacteristics", summary = "The commission's quality characteristics, "
            + "in order")
    List<CharacteristicJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        return characteristics.list(organisation, commissionId).stream().map(CharacteristicJson::of).toList();
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addQualityCharacteristic", summary = "Add a quality characteristic after the others "
            + "(commissioners and officers of the lead organisation)")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "The new characteristic"))
    ResponseEntity<CharacteristicJson> add(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                           @Valid @RequestBody CharacteristicRequest request) {
        QualityCharacteristic added = characteristics.add(organisation, commissionId, request.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(added.id()).toUri();
        return ResponseEntity.created(location).body(CharacteristicJson.of(added));
    }

    @PostMapping("/templates")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "applyQualityCharacteristicsTemplate",
            summary = "Add Islington's five characteristics or Camden's thirteen service-model elements",
            description = "Characteristics whose name the commission already uses are left out. Answers with the "
                    + "characteristics added.")
    @ApiResponse(responseCode = "200", description = "The characteristics added")
    List<CharacteristicJson> applyTemplate(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                           @Valid @RequestBody CharacteristicTemplateRequest request) {
        return characteristics.applyTemplate(organisation, commissionId, request.chosen()).stream()
                .map(CharacteristicJson::of).toList();
    }

    @GetMapping("/{characteristicId}")
    @OrganisationMember
    @Operation(operationId = "getQualityCharacteristic", summary = "A quality characteristic")
    CharacteristicJson characteristic(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                      @PathVariable UUID characteristicId) {
        return CharacteristicJson.of(characteristics.view(organisation, commissionId, characteristicId));
    }

    @PutMapping("/{characteristicId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeQualityCharacteristic", summary = "Reword a quality characteristic",
            description = "Send every field and the version you read.")
    @ApiResponse(responseCode = "200", description = "The characteristic as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    CharacteristicJson change(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                              @PathVariable UUID characteristicId, @Valid @RequestBody CharacteristicRequest request) {
        ReadVersion.required(request.version());
        return CharacteristicJson.of(characteristics.change(organisation, commissionId, characteristicId,
                request.version(), request.draft()));
    }

    @PostMapping("/{characteristicId}/move")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "moveQualityCharacteristic", summary = "Move a quality characteristic up or down")
    @ApiResponse(responseCode = "200", description = "The characteristics in their new order")
    List<CharacteristicJson> move(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                  @PathVariable UUID characteristicId,
                                  @Valid @RequestBody CharacteristicMoveRequest request) {
        characteristics.move(organisation, commissionId, characteristicId, request.up());
        return list(organisation, commissionId);
    }

    @DeleteMapping("/{characteristicId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeQualityCharacteristic", summary = "Remove a quality characteristic")
    @ApiResponse(responseCode = "204", description = "Removed")
    void remove(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID characteristicId) {
        characteristics.remove(organisation, commissionId, characteristicId);
    }
}
