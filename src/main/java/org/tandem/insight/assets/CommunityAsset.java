package org.tandem.insight.assets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.needs.Need;
import org.tandem.insight.wards.Ward;

/**
 * Something the community already has that could help people towards their outcomes (seed 000, "Mapping local
 * assets"): what it offers, who can use it, how to get in touch, where and when. Published assets appear in the
 * public directory; the rest are the organisation's working map.
 *
 * @param outcomeIds the outcomes of the organisation's outcomes framework it contributes to; empty until the
 *                   outcomes module (Planning phase) links them
 */
public record CommunityAsset(UUID id, UUID organisationId, AssetType type, String name, String offers,
                             String whoCanUse, Contact contact, String address, String postcode, Ward ward,
                             OpeningTimes openingTimes, Location location, List<Need> needs, List<UUID> outcomeIds,
                             boolean published, Instant publishedAt, Instant createdAt, Instant updatedAt,
                             int version) {

    public CommunityAsset {
        needs = List.copyOf(needs);
        outcomeIds = List.copyOf(outcomeIds);
    }

    /** Address, postcode and ward on one line, for lists: "12 High Street, MB5 2QT (Eastfield)". */
    public String where() {
        StringBuilder where = new StringBuilder();
        if (address != null) {
            where.append(address.replaceAll("\\s*\\R\\s*", ", "));
        }
        if (postcode != null) {
            where.append(where.isEmpty() ? "" : ", ").append(postcode);
        }
        if (ward != null) {
            where.append(where.isEmpty() ? ward.name() : " (" + ward.name() + ")");
        }
        return where.toString();
    }
}
