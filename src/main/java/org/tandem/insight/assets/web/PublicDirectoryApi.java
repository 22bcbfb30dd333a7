package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.insight.assets.AssetFilter;
import org.tandem.insight.assets.AssetService;
import org.tandem.insight.assets.AssetType;
import org.tandem.platform.ApiPage;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.PageRequest;

/**
 * The public directory as open data: published assets only, no sign-in, for information hubs, social prescribing
 * tools and anyone's own map. Unknown organisations and unpublished assets are not found.
 */
@RestController
@RequestMapping("/public/api/v1/organisations/{organisationId}")
@Tag(name = "Public directory", description = "Published community assets, open to everyone without signing in")
@SecurityRequirements
class PublicDirectoryApi {

    private final PublicOrganisation organisations;
    private final AssetService assets;

    PublicDirectoryApi(PublicOrganisation organisations, AssetService assets) {
        this.organisations = organisations;
        this.assets = assets;
    }

    @GetMapping("/assets")
    @Operation(operationId = "searchPublicDirectory", summary = "Search the published community assets")
    ApiPage<AssetJson> search(@Parameter(description = "The organisation whose directory it is")
                              @PathVariable String organisationId,
                              @Parameter(description = "Words that must all appear in the name, what it offers, "
                                      + "who can use it, the address, postcode or contact name")
                              @RequestParam(required = false) String q,
                              @RequestParam(required = false) AssetType type,
                              @RequestParam(required = false) UUID wardId,
                              @RequestParam(required = false) UUID needId,
                              @Parameter(description = "Open on this day of the week")
                              @RequestParam(required = false) DayOfWeek openOn,
                              @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                              @Parameter(description = "Up to 100; larger sizes give 100")
                              @RequestParam(required = false) Integer size) {
        OrganisationSummary organisation = organisations.named(organisationId);
        return ApiPage.of(assets.directory(organisation.id(),
                new AssetFilter(q, type, wardId, needId, true, openOn), PageRequest.of(page, size)), AssetJson::of);
    }

    @GetMapping("/assets/{assetId}")
    @Operation(operationId = "getPublicAsset", summary = "A published community asset")
    AssetJson asset(@Parameter(description = "The organisation whose directory it is")
                    @PathVariable String organisationId, @PathVariable String assetId) {
        OrganisationSummary organisation = organisations.named(organisationId);
        return AssetJson.of(assets.published(organisation.id(), PublicOrganisation.id(assetId)));
    }

    @GetMapping("/asset-filters")
    @Operation(operationId = "getPublicDirectoryFilters",
            summary = "The types, wards and needs the directory can be filtered by")
    DirectoryFiltersJson filters(@Parameter(description = "The organisation whose directory it is")
                                 @PathVariable String organisationId) {
        OrganisationSummary organisation = organisations.named(organisationId);
        return DirectoryFiltersJson.of(assets.wardsOf(organisation.id()), assets.needsOf(organisation.id()));
    }

    @GetMapping(value = "/assets.geojson", produces = {GeoJson.MEDIA_TYPE, "application/json"})
    @Operation(operationId = "exportPublicAssetsGeoJson",
            summary = "Every published community asset as a GeoJSON FeatureCollection (RFC 7946)",
            description = "A Point for each asset with a latitude and longitude, a null geometry for the rest.")
    @ApiResponse(responseCode = "200", description = "The FeatureCollection", content = @Content(
            mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = GeoJson.class)))
    GeoJson geoJson(@Parameter(description = "The organisation whose directory it is")
                    @PathVariable String organisationId) {
        OrganisationSummary organisation = organisations.named(organisationId);
        String directory = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/public/o/{id}/assets").buildAndExpand(organisation.id()).toUriString();
        return GeoJson.of(assets.allPublished(organisation.id()), directory);
    }
}
