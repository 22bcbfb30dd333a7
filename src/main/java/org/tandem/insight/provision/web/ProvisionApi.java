package org.tandem.insight.provision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
import org.tandem.insight.provision.ClientGroup;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundedServiceRepository;
import org.tandem.insight.provision.FundingSource;
import org.tandem.insight.provision.ProvisionService;
import org.tandem.insight.provision.ProvisionService.ImportSummary;
import org.tandem.insight.provision.openreferral.OpenReferralImport;
import org.tandem.insight.provision.openreferral.OpenReferralRejected;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;

/**
 * The baseline of current provision in the API, with the same rules as the pages: every member reads;
 * commissioners and commissioning officers add, change and import; commissioners remove.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/provision")
@Tag(name = "Current provision", description = "The services an organisation funds now, their totals, and Open "
        + "Referral UK import and export")
class ProvisionApi {

    private static final String CONFLICT = "#/components/responses/Conflict";

    private final ProvisionService provision;
    private final ProvisionDownloads downloads;
    private final OpenReferralImport imports;
    private final Clock clock;

    ProvisionApi(ProvisionService provision, ProvisionDownloads downloads, OpenReferralImport imports, Clock clock) {
        this.provision = provision;
        this.downloads = downloads;
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping("/services")
    @OrganisationMember
    @Operation(operationId = "listFundedServices", summary = "The services the organisation funds now")
    ApiPage<FundedServiceJson> list(CurrentUser.Membership organisation,
                                    @Parameter(description = "Part of the name, description or provider")
                                    @RequestParam(required = false) String q,
                                    @RequestParam(required = false) ClientGroup clientGroup,
                                    @Parameter(description = "Services working in this ward, borough-wide ones "
                                            + "included") @RequestParam(required = false) UUID wardId,
                                    @Parameter(description = "true: only borough-wide services")
                                    @RequestParam(required = false) Boolean boroughWide,
                                    @RequestParam(required = false) FundingSource source,
                                    @Parameter(description = "The provider's name")
                                    @RequestParam(required = false) String provider,
                                    @Parameter(description = "Contracts ending within this many months from today "
                                            + "(1 to 120)") @RequestParam(required = false) Integer endingWithinMonths,
                                    @RequestParam(required = false) FundedServiceRepository.Sort sort,
                                    @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                    @Parameter(description = "Up to 100; larger sizes give 100")
                                    @RequestParam(required = false) Integer size) {
        if (endingWithinMonths != null && (endingWithinMonths < 1 || endingWithinMonths > 120)) {
            throw new RuleViolation("endingWithinMonths", "endingWithinMonths must be from 1 to 120");
        }
        LocalDate today = clock.instant().atZone(Timestamps.LONDON).toLocalDate();
        FundedServiceRepository.Filter filter = new FundedServiceRepository.Filter(q, clientGroup, wardId,
                Boolean.TRUE.equals(boroughWide), source, provider, endingWithinMonths == null ? null : today,
                endingWithinMonths == null ? null : today.plusMonths(endingWithinMonths));
        return ApiPage.of(provision.list(organisation.organisationId(), filter,
                sort == null ? FundedServiceRepository.Sort.NAME : sort, PageRequest.of(page, size)),
                FundedServiceJson::of);
    }

    @PostMapping("/services")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addFundedService", summary = "Add a service to the baseline")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "The new service"))
    ResponseEntity<FundedServiceJson> add(CurrentUser user, CurrentUser.Membership organisation,
                                          @Valid @RequestBody FundedServiceRequest request) {
        FundedService added = provision.create(user, organisation.organisationId(), request.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(added.id())
                .toUri();
        return ResponseEntity.created(location).body(FundedServiceJson.of(added));
    }

    @GetMapping("/services/{serviceId}")
    @OrganisationMember
    @Operation(operationId = "getFundedService", summary = "A service in the baseline")
    FundedServiceJson service(CurrentUser.Membership organisation, @PathVariable UUID serviceId) {
        return FundedServiceJson.of(provision.view(organisation.organisationId(), serviceId));
    }

    @PutMapping("/services/{serviceId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeFundedService", summary = "Change a service",
            description = "Send every detail and the version you read.")
    @ApiResponse(responseCode = "200", description = "The service as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    FundedServiceJson change(CurrentUser.Membership organisation, @PathVariable UUID serviceId,
                             @Valid @RequestBody FundedServiceRequest request) {
        ReadVersion.required(request.version());
        return FundedServiceJson.of(provision.update(organisation.organisationId(), serviceId, request.version(),
                request.draft()));
    }

    @DeleteMapping("/services/{serviceId}")
    @RequiresRole(Role.COMMISSIONER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeFundedService", summary = "Remove a service from the baseline (commissioners)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    void remove(CurrentUser.Membership organisation, @PathVariable UUID serviceId,
                @Parameter(description = "The version you read") @RequestParam(required = false) Integer version) {
        provision.view(organisation.organisationId(), serviceId);
        if (version == null) {
            throw new RuleViolation("version", "Send the version you read, so that a service changed since then "
                    + "is not removed by mistake");
        }
        provision.remove(organisation.organisationId(), serviceId, version);
    }

    @GetMapping("/totals")
    @OrganisationMember
    @Operation(operationId = "getProvisionTotals", summary = "Totals by client group, ward and funding source, "
            + "and contracts ending in the next 12 and 24 months")
    ProvisionTotalsJson totals(CurrentUser.Membership organisation) {
        return ProvisionTotalsJson.of(provision.totals(organisation.organisationId()));
    }

    @GetMapping("/baseline.xlsx")
    @OrganisationMember
    @Operation(operationId = "exportProvisionSpreadsheet", summary = "The baseline and its totals as a spreadsheet")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = ProvisionDownloads.XLSX))
    void spreadsheet(CurrentUser.Membership organisation, HttpServletResponse response) {
        downloads.spreadsheet(organisation.organisationId(), response);
    }

    @GetMapping("/open-referral/services")
    @OrganisationMember
    @Operation(operationId = "exportOpenReferralJson", summary = "The baseline as Open Referral UK JSON",
            description = "A list of services that validates against the Open Referral UK service package schema.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
    void exportJson(CurrentUser.Membership organisation, HttpServletResponse response) {
        downloads.openReferralJson(organisation.organisationId(), response);
    }

    @PostMapping("/open-referral/services")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "importOpenReferralJson", summary = "Import Open Referral UK JSON (all or nothing)",
            description = "The body is a list of services, up to 20 MB. A service with the id of one of yours "
                    + "replaces it; any other is added. Problems are listed with their JSON pointer.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json")))
    @ApiResponse(responseCode = "200", description = "Imported")
    @ApiResponse(responseCode = "422", description = "Refused; nothing was imported")
    ImportResultJson importJson(CurrentUser.Membership organisation, HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return ImportResultJson.of(imports.json(organisation.organisationId(), body));
        }
    }

    @GetMapping("/open-referral/tables")
    @OrganisationMember
    @Operation(operationId = "exportOpenReferralCsv", summary = "The baseline as Open Referral UK CSV tables (ZIP)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = ProvisionDownloads.ZIP))
    void exportCsv(CurrentUser.Membership organisation, HttpServletResponse response) {
        downloads.openReferralCsv(organisation.organisationId(), response);
    }

    @PostMapping("/open-referral/tables")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "importOpenReferralCsv", summary = "Import Open Referral UK CSV tables (ZIP; all or "
            + "nothing)", description = "Problems are listed with their file, row and column.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = ProvisionDownloads.ZIP)))
    @ApiResponse(responseCode = "200", description = "Imported")
    @ApiResponse(responseCode = "422", description = "Refused; nothing was imported")
    ImportResultJson importCsv(CurrentUser.Membership organisation, HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return ImportResultJson.of(imports.csv(organisation.organisationId(), body));
        }
    }

    @ExceptionHandler(OpenReferralRejected.class)
    ResponseEntity<ProblemDetail> rejected(OpenReferralRejected e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The file was not imported; nothing in it was kept. " + e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", e.problems());
        problem.setProperty("moreNotShown", e.moreNotShown());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    /** What an import did. */
    record ImportResultJson(int added, int replaced) {
        static ImportResultJson of(ImportSummary summary) {
            return new ImportResultJson(summary.added(), summary.replaced());
        }
    }
}
