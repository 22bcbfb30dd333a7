package org.tandem.insight.assets;

import java.util.Map;
import org.tandem.insight.wards.Ward;

/**
 * One line of the ward table, the asset map's view without map tiles: how many assets a ward has of each type.
 * {@code ward} is null for the line of assets that name no ward.
 */
public record WardAssets(Ward ward, Map<AssetType, Long> byType) {

    public WardAssets {
        byType = Map.copyOf(byType);
    }

    public long count(AssetType type) {
        return byType.getOrDefault(type, 0L);
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
