package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.insight.evidence.risks.CitizenAcceptance;
import org.tandem.insight.evidence.risks.Risk;
import org.tandem.insight.evidence.risks.RiskBearer;
import org.tandem.insight.evidence.risks.RiskRepository;
import org.tandem.insight.evidence.risks.RiskService;
import org.tandem.insight.evidence.risks.RiskStatus;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/** The co-produced risk register in the API, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/evidence/risks")
@Tag(name = "Needs evidence: risk register", description = "Whose risk, benefits and disbenefits, whether citizens "
        + "accept it, likelihood, impact, mitigation")
class RisksApi {

    private final RiskService risks;

    RisksApi(RiskService risks) {
        this.risks = risks;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listRisks", summary = "The commission's risks, highest score first")
    ApiPage<RiskJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                           @Parameter(description = "Part of anything written about the risk")
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) RiskStatus status,
                           @RequestParam(required = false) RiskBearer bearer,
                           @RequestParam(required = false) CitizenAcceptance acceptance,
                           @RequestParam(required = false) Risk.Rating rating,
                           @RequestParam(required = false) RiskRepository.Sort sort,
                           @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                           @Parameter(description = "Up to 100; larger sizes give 100")
                           @RequestParam(required = false) Integer size) {
        return ApiPage.of(risks.list(organisation, commissionId, new RiskRepository.Filter(q, status, bearer,
                acceptance, rating), sort, PageRequest.of(page, size)), RiskJson::of);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "createRisk", summary = "Add a risk (lead organisation's commissioners and officers)")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "The new risk"))
    ResponseEntity<RiskJson> create(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                    @Valid @RequestBody RiskRequest request) {
        Risk risk = risks.create(organisation, commissionId, request.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(risk.id()).toUri();
        return ResponseEntity.created(location).body(RiskJson.of(risk));
    }

    @GetMapping("/{riskId}")
    @OrganisationMember
    @Operation(operationId = "getRisk", summary = "A risk")
    RiskJson risk(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID riskId) {
        return RiskJson.of(risks.view(organisation, commissionId, riskId));
    }

    @PutMapping("/{riskId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeRisk", summary = "Change a risk (lead organisation's commissioners and "
            + "officers)", description = "Send every detail and the version you read.")
    @ApiResponse(responseCode = "200", description = "The risk as saved")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    RiskJson change(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID riskId,
                    @Valid @RequestBody RiskRequest request) {
        ReadVersion.required(request.version());
        return RiskJson.of(risks.update(organisation, commissionId, riskId, request.version(), request.draft()));
    }

    @DeleteMapping("/{riskId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "deleteRisk", summary = "Delete a risk (lead organisation's commissioners and "
            + "officers)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                @PathVariable UUID riskId) {
        risks.delete(organisation, commissionId, riskId);
        return ResponseEntity.noContent().build();
    }
}
