package org.tandem.platform;

import java.util.Locale;

/**
 * Turns what someone typed into a search box into a SQL LIKE pattern, the same way on every list: lower case, the
 * wildcards {@code %} and {@code _} taken literally, control characters dropped (PostgreSQL refuses a NUL even in a
 * search). Compare against lower-cased columns.
 */
public final class SearchText {

    private SearchText() {
    }

    /** A pattern matching text that contains what was typed, or null when nothing searchable was typed. */
    public static String containing(String typed) {
        String text = cleaned(typed);
        return text == null ? null : "%" + text + "%";
    }

    /** A pattern matching text that starts with what was typed, or null when nothing searchable was typed. */
    public static String startingWith(String typed) {
        String text = cleaned(typed);
        return text == null ? null : text + "%";
    }

    private static String cleaned(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replaceAll("\\p{Cntrl}", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
