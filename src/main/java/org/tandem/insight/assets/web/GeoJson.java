package org.tandem.insight.assets.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.insight.assets.CommunityAsset;

/**
 * Published assets as an RFC 7946 GeoJSON FeatureCollection, for anyone's own map: a Point at the asset's
 * longitude and latitude (in that order, as RFC 7946 section 3.1.1 requires) when it has them, and a null geometry
 * (section 3.2) when it does not, so that assets without coordinates are still in the file.
 */
@JsonPropertyOrder({"type", "features"})
@Schema(description = "An RFC 7946 GeoJSON FeatureCollection")
record GeoJson(@Schema(allowableValues = "FeatureCollection") String type, List<Feature> features) {

    public static final String MEDIA_TYPE = "application/geo+json";

    /** One asset: its id, where it is (or null) and what the directory says about it. */
    @JsonPropertyOrder({"type", "id", "geometry", "properties"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Feature(@Schema(allowableValues = "Feature") String type, String id,
                   @Schema(nullable = true) Point geometry, Map<String, Object> properties) {
    }

    /** A position as [longitude, latitude] in WGS 84 degrees. */
    @JsonPropertyOrder({"type", "coordinates"})
    record Point(@Schema(allowableValues = "Point") String type, List<BigDecimal> coordinates) {
    }

    static GeoJson of(List<CommunityAsset> assets, String directoryUrl) {
        return new GeoJson("FeatureCollection", assets.stream().map(a -> feature(a, directoryUrl)).toList());
    }

    private static Feature feature(CommunityAsset a, String directoryUrl) {
        Point point = a.location() == null ? null
                : new Point("Point", List.of(a.location().longitude(), a.location().latitude()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", a.name());
        properties.put("type", a.type().name());
        properties.put("typeLabel", a.type().label());
        properties.put("offers", a.offers());
        properties.put("whoCanUse", a.whoCanUse());
        properties.put("address", a.address());
        properties.put("postcode", a.postcode());
        properties.put("wardCode", a.ward() == null ? null : a.ward().code());
        properties.put("wardName", a.ward() == null ? null : a.ward().name());
        properties.put("openingDays", a.openingTimes().daysSummary().isEmpty() ? null
                : a.openingTimes().daysSummary());
        properties.put("openingNotes", a.openingTimes().notes());
        properties.put("contactName", a.contact().name());
        properties.put("phone", a.contact().phone());
        properties.put("email", a.contact().email());
        properties.put("website", a.contact().website());
        properties.put("needs", a.needs().stream().map(org.tandem.insight.needs.Need::title).toList());
        properties.put("url", directoryUrl + "/" + a.id());
        return new Feature("Feature", a.id().toString(), point, properties);
    }
}
