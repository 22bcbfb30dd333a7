package org.tandem.insight.assets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.wards.Ward;

/** An asset as stored: needs and outcomes by id only; the service puts the organisation's needs in. */
record AssetRow(UUID id, UUID organisationId, AssetType type, String name, String offers, String whoCanUse,
                Contact contact, String address, String postcode, Ward ward, OpeningTimes openingTimes,
                Location location, List<UUID> needIds, List<UUID> outcomeIds, boolean published,
                Instant publishedAt, Instant createdAt, Instant updatedAt, int version) {

    AssetRow with(OpeningTimes times, List<UUID> needs, List<UUID> outcomes) {
        return new AssetRow(id, organisationId, type, name, offers, whoCanUse, contact, address, postcode, ward, times,
                location, needs, outcomes, published, publishedAt, createdAt, updatedAt, version);
    }
}
