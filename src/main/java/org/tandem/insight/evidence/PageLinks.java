package org.tandem.insight.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/** Filters for the links between the pages of a list, in order; {@link org.tandem.platform.ListLinks} writes the address. */
public final class PageLinks {

    private PageLinks() {
    }

    /** Filters in the order given, leaving out the empty ones. */
    public static Map<String, Object> filters(Object... namesAndValues) {
        Map<String, Object> filters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            filters.put(namesAndValues[i].toString(), namesAndValues[i + 1]);
        }
        return filters;
    }
}
