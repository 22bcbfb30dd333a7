package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.Pledge;
import org.tandem.insight.assets.PledgeStatus;

/** A resident's pledge with the consent they gave and what was decided; {@code assetId} once it is on the map. */
record PledgeJson(UUID id, AssetType type, String name, String offers, String whoCanUse, AssetJson.WardJson ward,
                  String postcode, String whenAvailable, String pledgerName, String pledgerEmail,
                  String pledgerPhone, ConsentJson consent, PledgeStatus status, String reviewedBy,
                  Instant reviewedAt, String reviewNote, UUID assetId, Instant createdAt, int version) {

    /** What the resident agreed to, in the sentences they were shown, and when. */
    record ConsentJson(boolean contact, boolean listing, boolean showContact,
                       @Schema(description = "The sentences the resident agreed to, as the form showed them")
                       List<String> wording, String version, Instant at) {
    }

    static PledgeJson of(Pledge p) {
        return new PledgeJson(p.id(), p.type(), p.name(), p.offers(), p.whoCanUse(),
                p.ward() == null ? null : new AssetJson.WardJson(p.ward().id(), p.ward().code(), p.ward().name()),
                p.postcode(), p.whenAvailable(), p.pledgerName(), p.pledgerEmail(), p.pledgerPhone(),
                new ConsentJson(p.consent().contact(), p.consent().listing(), p.consent().showContact(),
                        p.consent().wording().lines().toList(), p.consent().version(), p.consent().at()),
                p.status(), p.reviewedByName(), p.reviewedAt(), p.reviewNote(), p.assetId(), p.createdAt(),
                p.version());
    }
}
