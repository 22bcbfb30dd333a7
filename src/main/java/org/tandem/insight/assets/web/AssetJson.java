package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.CommunityAsset;

/**
 * A community asset in the API and in the public directory's JSON. Its properties are those an {@code AssetRequest}
 * sends, so a client can read an asset, change it and send it back with the {@code version} it read.
 */
record AssetJson(UUID id, AssetType type, String typeLabel, String name, String offers, String whoCanUse,
                 String contactName, String phone, String email, String website, String address, String postcode,
                 WardJson ward, List<OpeningSessionJson> openingTimes, String openingNotes,
                 @Schema(description = "WGS 84 degrees", example = "52.486243") BigDecimal latitude,
                 @Schema(description = "WGS 84 degrees", example = "-1.890401") BigDecimal longitude,
                 List<NeedJson> needs,
                 @Schema(description = "Outcomes of the organisation's outcomes framework this asset contributes to; "
                         + "filled in once outcomes frameworks are agreed") List<UUID> outcomeIds,
                 boolean published, Instant publishedAt, Instant updatedAt, int version) {

    /** A ward by id, code and name. */
    record WardJson(UUID id, String code, String name) {
    }

    /** A need from the organisation's needs assessment. */
    record NeedJson(UUID id, String title) {
    }

    static AssetJson of(CommunityAsset a) {
        return new AssetJson(a.id(), a.type(), a.type().label(), a.name(), a.offers(), a.whoCanUse(),
                a.contact().name(), a.contact().phone(), a.contact().email(), a.contact().website(), a.address(),
                a.postcode(), a.ward() == null ? null : new WardJson(a.ward().id(), a.ward().code(), a.ward().name()),
                OpeningSessionJson.of(a.openingTimes()), a.openingTimes().notes(),
                a.location() == null ? null : a.location().latitude(),
                a.location() == null ? null : a.location().longitude(),
                a.needs().stream().map(n -> new NeedJson(n.id(), n.title())).toList(), a.outcomeIds(), a.published(),
                a.publishedAt(), a.updatedAt(), a.version());
    }
}
