package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.insight.evidence.datasets.Dataset;
import org.tandem.insight.evidence.datasets.DatasetDetails;
import org.tandem.insight.evidence.datasets.DatasetRepository;
import org.tandem.insight.evidence.datasets.DatasetService;
import org.tandem.insight.evidence.web.EvidenceDownloads;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.imports.ImportRejected;

/**
 * Datasets in the API, with the same rules as the pages. A dataset is imported by sending its CSV as the request
 * body (streamed, so a large file is never held in memory); a file with any problem is refused whole.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/evidence/datasets")
@Tag(name = "Needs evidence: datasets", description = "Indicator by area by period figures, such as the JSNA's")
class DatasetsApi {

    private static final String CSV_BODY = "The CSV file: a header row naming indicator, area, period and value "
            + "(and optionally unit), then one row per value. Areas are ward codes, ward names or 'Whole area'. "
            + "UTF-8, up to 40 MB.";

    private final DatasetService datasets;

    DatasetsApi(DatasetService datasets) {
        this.datasets = datasets;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listDatasets", summary = "The commission's datasets")
    ApiPage<DatasetJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                              @Parameter(description = "Part of the title, source, description or an indicator")
                              @RequestParam(required = false) String q,
                              @RequestParam(required = false) DatasetRepository.Sort sort,
                              @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                              @Parameter(description = "Up to 100; larger sizes give 100")
                              @RequestParam(required = false) Integer size) {
        return ApiPage.of(datasets.list(organisation, commissionId, q, sort, PageRequest.of(page, size)),
                DatasetJson::of);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "importDataset", summary = "Import a dataset from CSV (lead organisation's "
            + "commissioners and officers)", description = "All or nothing: any problem refuses the whole file, "
            + "listing every problem with its row and column.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = CSV_BODY, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "201", description = "Imported", headers = @Header(name = "Location",
            description = "The new dataset"))
    ResponseEntity<DatasetJson> importFile(CurrentUser user, CurrentUser.Membership organisation,
                                           @PathVariable UUID commissionId,
                                           @RequestParam(required = false) String title,
                                           @RequestParam(required = false) String source,
                                           @RequestParam(required = false) String description,
                                           @Parameter(description = "The file's name, kept for the record")
                                           @RequestParam(required = false) String fileName,
                                           HttpServletRequest request) throws IOException {
        Dataset dataset = datasets.importNew(user, organisation, commissionId,
                new DatasetDetails(title, source, description), fileName, request.getInputStream());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(dataset.id()).toUri();
        return ResponseEntity.created(location).body(DatasetJson.of(dataset));
    }

    @GetMapping("/{datasetId}")
    @OrganisationMember
    @Operation(operationId = "getDataset", summary = "A dataset: its details, indicators and periods")
    DatasetJson dataset(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                        @PathVariable UUID datasetId) {
        return DatasetJson.of(datasets.view(organisation, commissionId, datasetId));
    }

    @GetMapping("/{datasetId}/rows")
    @OrganisationMember
    @Operation(operationId = "listDatasetRows", summary = "A dataset's values, in the order of the file")
    ApiPage<DatasetRowJson> rows(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                 @PathVariable UUID datasetId,
                                 @Parameter(description = "Only this indicator, by its number")
                                 @RequestParam(required = false) Integer indicator,
                                 @Parameter(description = "Only this period, as the file wrote it")
                                 @RequestParam(required = false) String period,
                                 @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                 @Parameter(description = "Up to 100; larger sizes give 100")
                                 @RequestParam(required = false) Integer size) {
        Dataset dataset = datasets.view(organisation, commissionId, datasetId);
        if (indicator != null && dataset.indicator(indicator).isEmpty()) {
            throw new RuleViolation("indicator", "There is no indicator " + indicator + ": they are numbered 0 to "
                    + (dataset.indicators().size() - 1));
        }
        Integer periodNumber = null;
        if (period != null) {
            int index = dataset.periods().indexOf(period);
            if (index < 0) {
                throw new RuleViolation("period", "The dataset has no period '" + period + "'");
            }
            periodNumber = index;
        }
        return ApiPage.of(datasets.rows(organisation, commissionId, datasetId, indicator, periodNumber,
                PageRequest.of(page, size)), DatasetRowJson::of);
    }

    @GetMapping("/{datasetId}/export")
    @OrganisationMember
    @Operation(operationId = "exportDataset", summary = "Every value of a dataset as CSV, in the layout it imports in")
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    void export(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID datasetId,
                HttpServletResponse response) throws IOException {
        EvidenceDownloads.datasetCsv(response, datasets, datasets.view(organisation, commissionId, datasetId));
    }

    @PutMapping("/{datasetId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "replaceDataset", summary = "Replace a dataset's details and figures with a newer "
            + "file", description = "Send the version you read. If the new file has any problem, nothing changes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = CSV_BODY, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "200", description = "The dataset as it is now")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    DatasetJson replace(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                        @PathVariable UUID datasetId, @RequestParam(required = false) String title,
                        @RequestParam(required = false) String source,
                        @RequestParam(required = false) String description,
                        @RequestParam(required = false) String fileName,
                        @Parameter(description = "The version you read") @RequestParam(required = false)
                        Integer version, HttpServletRequest request) throws IOException {
        datasets.view(organisation, commissionId, datasetId);
        ReadVersion.required(version);
        return DatasetJson.of(datasets.replace(user, organisation, commissionId, datasetId, version,
                new DatasetDetails(title, source, description), fileName, request.getInputStream()));
    }

    @DeleteMapping("/{datasetId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "deleteDataset", summary = "Delete a dataset and its figures")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                @PathVariable UUID datasetId) {
        datasets.delete(organisation, commissionId, datasetId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(ImportProblemsJson.of(e, request.getRequestURI()));
    }
}
