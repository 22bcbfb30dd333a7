package org.tandem.insight.provision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.insight.provision.GapAnalyses;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;

/** A commission's gap analysis, for members of the lead organisation and of its partners. */
@RestController
@Tag(name = "Current provision")
class GapAnalysisApi {

    private final GapAnalyses gaps;

    GapAnalysisApi(GapAnalyses gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/gap-analysis")
    @OrganisationMember
    @Operation(operationId = "getGapAnalysis", summary = "The commission's needs set against current provision, "
            + "ward by ward; needs no service meets come first")
    GapAnalysisJson gapAnalysis(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        return GapAnalysisJson.of(gaps.of(organisation.organisationId(), commissionId));
    }
}
