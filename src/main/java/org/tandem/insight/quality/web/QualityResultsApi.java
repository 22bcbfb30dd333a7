package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.tandem.insight.quality.QualityResults;
import org.tandem.insight.quality.RoundResults;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/** Recommendations per service and the commissioner's decisions, with providers' responses beside them. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}")
@Tag(name = "Quality assessment")
class QualityResultsApi {

    private final QualityResults results;

    QualityResultsApi(QualityResults results) {
        this.results = results;
    }

    @GetMapping("/recommendations")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "listQualityRecommendations",
            summary = "Each service's area ratings, recommendation, decision and the provider's responses",
            description = "Recommendations follow the round's rule from the submitted visits' ratings.")
    ApiPage<QualityServiceResultJson> recommendations(CurrentUser user, CurrentUser.Membership organisation,
                                               @PathVariable UUID commissionId, @PathVariable UUID roundId,
                                               @Parameter(description = "From 1")
                                               @RequestParam(required = false) Integer page,
                                               @Parameter(description = "Up to 100; larger sizes give 100")
                                               @RequestParam(required = false) Integer size) {
        RoundResults round = results.results(Viewer.of(user, organisation), commissionId, roundId);
        return ApiPage.of(round.services(), PageRequest.of(page, size),
                s -> QualityServiceResultJson.of(s, round.areas()));
    }

    @PutMapping("/services/{serviceId}/decision")
    @RequiresRole(Role.COMMISSIONER)
    @Operation(operationId = "decideQualityService", summary = "Confirm or override a service's recommendation",
            description = "In Moderation and review (where a decision can still change), or once results are shared "
                    + "for a service not yet decided. An override needs a reason; amber needs progressBy.")
    QualityDecisionJson decide(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                        @PathVariable UUID roundId, @PathVariable UUID serviceId,
                        @Valid @RequestBody QualityDecisionRequest request) {
        return QualityDecisionJson.of(results.decide(Viewer.of(user, organisation), commissionId, roundId, serviceId,
                request.draft()));
    }
}
