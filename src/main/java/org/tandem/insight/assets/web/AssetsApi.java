package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.DayOfWeek;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.insight.assets.AssetFilter;
import org.tandem.insight.assets.AssetService;
import org.tandem.insight.assets.AssetSort;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.CommunityAsset;
import org.tandem.insight.assets.PledgeService;
import org.tandem.insight.assets.PledgeStatus;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * The asset map and residents' pledges in the API, with the same rules as the pages: every member reads assets;
 * commissioners and commissioning officers change them, publish them and review pledges.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/assets")
@Tag(name = "Asset map", description = "Community assets, their publication in the public directory, and pledges "
        + "residents make")
class AssetsApi {

    private static final String CONFLICT = "#/components/responses/Conflict";

    private final AssetService assets;
    private final PledgeService pledges;

    AssetsApi(AssetService assets, PledgeService pledges) {
        this.assets = assets;
        this.pledges = pledges;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listAssets", summary = "The organisation's community assets, published or not")
    ApiPage<AssetJson> list(CurrentUser.Membership organisation,
                            @Parameter(description = "Words that must all appear in the name, what it offers, who "
                                    + "can use it, the address, postcode or contact name")
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) AssetType type,
                            @RequestParam(required = false) UUID wardId,
                            @RequestParam(required = false) UUID needId,
                            @RequestParam(required = false) Boolean published,
                            @Parameter(description = "Open on this day of the week")
                            @RequestParam(required = false) DayOfWeek openOn,
                            @RequestParam(required = false) AssetSort sort,
                            @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                            @Parameter(description = "Up to 100; larger sizes give 100")
                            @RequestParam(required = false) Integer size) {
        return ApiPage.of(assets.list(organisation.organisationId(),
                new AssetFilter(q, type, wardId, needId, published, openOn), sort == null ? AssetSort.NAME : sort,
                PageRequest.of(page, size)), AssetJson::of);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addAsset", summary = "Add a community asset (commissioners and officers)",
            description = "It is not published until you publish it.")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "The new asset"))
    ResponseEntity<AssetJson> add(CurrentUser user, CurrentUser.Membership organisation,
                                  @Valid @RequestBody AssetRequest request) {
        CommunityAsset created = assets.create(user, organisation.organisationId(), request.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(AssetJson.of(created));
    }

    @GetMapping("/{assetId}")
    @OrganisationMember
    @Operation(operationId = "getAsset", summary = "A community asset")
    AssetJson asset(CurrentUser.Membership organisation, @PathVariable UUID assetId) {
        return AssetJson.of(assets.view(organisation.organisationId(), assetId));
    }

    @PutMapping("/{assetId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeAsset", summary = "Change a community asset (commissioners and officers)",
            description = "Send every detail and the version you read.")
    @ApiResponse(responseCode = "200", description = "The asset as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    AssetJson change(CurrentUser.Membership organisation, @PathVariable UUID assetId,
                     @Valid @RequestBody AssetRequest request) {
        ReadVersion.required(request.version());
        return AssetJson.of(assets.update(organisation.organisationId(), assetId, request.version(),
                request.draft()));
    }

    @PutMapping("/{assetId}/publication")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "publishAsset",
            summary = "Publish the asset in the public directory, or take it out (commissioners and officers)")
    @ApiResponse(responseCode = "200", description = "The asset as it is now")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    AssetJson publish(CurrentUser.Membership organisation, @PathVariable UUID assetId,
                      @Valid @RequestBody PublicationRequest request) {
        return AssetJson.of(assets.publish(organisation.organisationId(), assetId, request.version(),
                request.published()));
    }

    @DeleteMapping("/{assetId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeAsset", summary = "Remove a community asset (commissioners and officers)")
    @ApiResponse(responseCode = "204", description = "Removed")
    void remove(CurrentUser.Membership organisation, @PathVariable UUID assetId) {
        assets.remove(organisation.organisationId(), assetId);
    }

    @GetMapping("/pledges")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "listPledges", summary = "Residents' pledges, newest first (commissioners and officers)",
            description = "They include residents' own contact details, so only those who review them see them.")
    ApiPage<PledgeJson> pledges(CurrentUser.Membership organisation,
                                @Parameter(description = "Any status when left out")
                                @RequestParam(required = false) PledgeStatus status,
                                @Parameter(description = "Part of the offer's name or description, or the "
                                        + "resident's name") @RequestParam(required = false) String q,
                                @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                @Parameter(description = "Up to 100; larger sizes give 100")
                                @RequestParam(required = false) Integer size) {
        return ApiPage.of(pledges.list(organisation.organisationId(), status, q, PageRequest.of(page, size)),
                PledgeJson::of);
    }

    @GetMapping("/pledges/{pledgeId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "getPledge", summary = "A resident's pledge (commissioners and officers)")
    PledgeJson pledge(CurrentUser.Membership organisation, @PathVariable UUID pledgeId) {
        return PledgeJson.of(pledges.view(organisation.organisationId(), pledgeId));
    }

    @PostMapping("/pledges/{pledgeId}/review")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "reviewPledge",
            summary = "Publish, add or decline a waiting pledge (commissioners and officers)",
            description = "A pledge is reviewed once. PUBLISH needs the resident's agreement to be listed; DECLINE "
                    + "needs a note saying why.")
    @ApiResponse(responseCode = "200", description = "The pledge as reviewed, with the asset it became")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    PledgeJson review(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID pledgeId,
                      @Valid @RequestBody PledgeReviewRequest request) {
        return PledgeJson.of(pledges.review(user, organisation.organisationId(), pledgeId, request.version(),
                request.chosen(), request.note()));
    }
}
