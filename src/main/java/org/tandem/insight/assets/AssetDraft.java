package org.tandem.insight.assets;

import java.util.Set;
import java.util.UUID;

/** The editable facts of a community asset, already checked for shape; the service checks ward and needs belong. */
public record AssetDraft(AssetType type, String name, String offers, String whoCanUse, Contact contact,
                         String address, String postcode, UUID wardId, OpeningTimes openingTimes, Location location,
                         Set<UUID> needIds) {

    public AssetDraft {
        needIds = Set.copyOf(needIds);
    }
}
