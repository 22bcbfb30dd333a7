package org.tandem.insight.assets;

import java.time.DayOfWeek;
import java.util.UUID;

/**
 * What a list of assets is narrowed to; nulls mean "any". {@code text} matches every word typed, anywhere in the
 * name, what it offers, who can use it, the address, the postcode or the contact's name.
 */
public record AssetFilter(String text, AssetType type, UUID wardId, UUID needId, Boolean published,
                          DayOfWeek openOn) {

    public static final AssetFilter ANY = new AssetFilter(null, null, null, null, null, null);

    /** The same filter limited to published assets: the only ones the public ever sees. */
    public AssetFilter publishedOnly() {
        return new AssetFilter(text, type, wardId, needId, true, openOn);
    }
}
