package org.tandem.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Links between the pages of a filtered list: the list's address with its filters, ready for "page=n". */
public final class ListLinks {

    private ListLinks() {
    }

    /**
     * The path with each non-empty filter as a query parameter, ending in {@code ?} or {@code &} as the pagination
     * fragment expects. Values are form-encoded, so searches containing {@code &}, {@code +} or {@code #} survive.
     */
    public static String base(String path, Map<String, ?> filters) {
        StringJoiner query = new StringJoiner("&");
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path + "?" : path + "?" + query + "&";
    }
}
