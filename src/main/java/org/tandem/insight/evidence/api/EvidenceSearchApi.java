package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.insight.evidence.search.EvidenceKind;
import org.tandem.insight.evidence.search.EvidenceSearch;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;

/** Search over datasets, evidence items and risks, as on the pages. */
@RestController
@Tag(name = "Needs evidence: search", description = "Every word must be found; each hit says where")
class EvidenceSearchApi {

    private static final String WORDS = "The words to find; every one must be found. % and _ are taken literally.";

    private final EvidenceSearch search;

    EvidenceSearchApi(EvidenceSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/evidence/search")
    @OrganisationMember
    @Operation(operationId = "searchCommissionEvidence", summary = "Search a commission's evidence")
    EvidenceSearchJson inCommission(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                    @Parameter(description = WORDS) @RequestParam(required = false) String q,
                                    @RequestParam(required = false) EvidenceKind kind,
                                    @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                    @Parameter(description = "Up to 100; larger sizes give 100")
                                    @RequestParam(required = false) Integer size) {
        return EvidenceSearchJson.of(search.inCommission(organisation, commissionId, q, kind,
                PageRequest.of(page, size)));
    }

    @GetMapping("/api/v1/organisations/{organisationId}/evidence/search")
    @OrganisationMember
    @Operation(operationId = "searchOrganisationEvidence",
            summary = "Search the evidence of every commission the organisation leads")
    EvidenceSearchJson inOrganisation(CurrentUser.Membership organisation,
                                      @Parameter(description = WORDS) @RequestParam(required = false) String q,
                                      @RequestParam(required = false) EvidenceKind kind,
                                      @Parameter(description = "From 1")
                                      @RequestParam(required = false) Integer page,
                                      @Parameter(description = "Up to 100; larger sizes give 100")
                                      @RequestParam(required = false) Integer size) {
        return EvidenceSearchJson.of(search.inOrganisation(organisation, q, kind, PageRequest.of(page, size)));
    }
}
