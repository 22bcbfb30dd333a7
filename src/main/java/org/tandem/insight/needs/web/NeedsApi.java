package org.tandem.insight.needs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.NeedService;
import org.tandem.insight.needs.Priority;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;

/** A commission's needs in the API, to read: evidence items are tagged to them by id. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/needs")
@Tag(name = "Needs", description = "What the needs assessment found people need, with priority and wards")
class NeedsApi {

    private final NeedService needs;

    NeedsApi(NeedService needs) {
        this.needs = needs;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listNeeds", summary = "The commission's needs, most pressing first")
    ApiPage<NeedJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                           @Parameter(description = "Part of the need or its description")
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) Priority priority,
                           @RequestParam(required = false) UUID wardId,
                           @RequestParam(required = false) NeedRepository.Sort sort,
                           @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                           @Parameter(description = "Up to 100; larger sizes give 100")
                           @RequestParam(required = false) Integer size) {
        return ApiPage.of(needs.list(organisation, commissionId, new NeedRepository.Filter(q, priority, wardId), sort,
                PageRequest.of(page, size)), NeedJson::of);
    }

    @GetMapping("/{needId}")
    @OrganisationMember
    @Operation(operationId = "getNeed", summary = "A need")
    NeedJson need(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId) {
        return NeedJson.of(needs.view(organisation, commissionId, needId));
    }
}
