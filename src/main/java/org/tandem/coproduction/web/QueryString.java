package org.tandem.coproduction.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** A list's address with its filters, ready for "page=n" as the pagination fragment expects. */
final class QueryString {

    private QueryString() {
    }

    /** The path with each non-empty filter form-encoded, ending in {@code ?} or {@code &}. */
    static String base(String path, Map<String, ?> filters) {
        StringJoiner query = new StringJoiner("&");
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path + "?" : path + "?" + query + "&";
    }
}
