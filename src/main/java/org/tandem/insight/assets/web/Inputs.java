package org.tandem.insight.assets.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Reads choices and ids sent by forms, links and API clients. Anything that is not one of the expected values reads
 * as nothing, so tampered input is treated like a field left empty and never reaches a query.
 */
final class Inputs {

    private Inputs() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null || value.isBlank() || value.length() > 60) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID uuid(String value) {
        if (value == null || value.isBlank() || value.length() > 60) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Trimmed text, or null when nothing was typed. Control characters other than line breaks and tabs are dropped:
     * nobody types them, and PostgreSQL cannot store a NUL.
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A page number from a link or a typed address: anything that is not a number reads as the first page, and a
     * number too big for an int as the last page there could be, so no page number is ever refused.
     */
    static Integer page(String value) {
        if (value == null || !value.strip().matches("-?\\d{1,100}")) {
            return null;
        }
        String digits = value.strip();
        if (digits.startsWith("-")) {
            return 1;
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.valueOf(digits);
    }

    /**
     * The list's address with each chosen filter as a query parameter, ending in {@code ?} or {@code &} as the
     * pagination fragment expects. Values are form-encoded, so searches containing {@code &} or {@code #} survive.
     */
    static String listBase(String path, Map<String, ?> filters) {
        StringJoiner query = new StringJoiner("&");
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path + "?" : path + "?" + query + "&";
    }
}
