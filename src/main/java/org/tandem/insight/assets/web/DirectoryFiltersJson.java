package org.tandem.insight.assets.web;

import java.util.Arrays;
import java.util.List;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.needs.Need;
import org.tandem.insight.wards.Ward;

/** The values the public directory can be filtered by: types, the organisation's wards and its needs. */
record DirectoryFiltersJson(List<TypeJson> types, List<AssetJson.WardJson> wards, List<AssetJson.NeedJson> needs) {

    /** A type of asset with the words the directory shows for it. */
    record TypeJson(AssetType type, String label, String description) {
    }

    static DirectoryFiltersJson of(List<Ward> wards, List<Need> needs) {
        return new DirectoryFiltersJson(
                Arrays.stream(AssetType.values()).map(t -> new TypeJson(t, t.label(), t.description())).toList(),
                wards.stream().map(w -> new AssetJson.WardJson(w.id(), w.code(), w.name())).toList(),
                needs.stream().map(n -> new AssetJson.NeedJson(n.id(), n.title())).toList());
    }
}
