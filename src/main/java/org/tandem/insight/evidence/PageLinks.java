package org.tandem.insight.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The address of a filtered list with its filters, ending in {@code ?} or {@code &} as the pagination expects. */
public final class PageLinks {

    private PageLinks() {
    }

    public static String base(String path, Map<String, ?> filters) {
        StringJoiner query = new StringJoiner("&");
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path + "?" : path + "?" + query + "&";
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
