package org.tandem.insight.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tandem.platform.SearchText;

/**
 * The text evidence search looks in, kept beside each dataset, item and risk in a {@code search_text} column: every
 * searchable field lower-cased, with runs of spaces and control characters made single spaces, so that a plain
 * {@code like} finds what was typed on H2 and PostgreSQL alike (docs/decisions/0010).
 */
public final class SearchWords {

    public static final int DATASET_MAX = 16_000;
    public static final int ITEM_MAX = 40_000;
    public static final int RISK_MAX = 24_000;
    /** Words beyond these are ignored: nobody types more, and each word is one more condition in the query. */
    public static final int MAX_WORDS = 6;
    private static final String SEPARATOR = " · ";

    private SearchWords() {
    }

    /** The fields as search sees them, cut to the column's size (the fields' limits keep them well within it). */
    public static String of(List<String> fields, int max) {
        String text = fields.stream().filter(Objects::nonNull)
                .map(f -> f.replaceAll("[\\p{Cntrl}\\s]+", " ").strip().toLowerCase(Locale.ROOT))
                .filter(f -> !f.isEmpty())
                .collect(Collectors.joining(SEPARATOR));
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Each word typed as a LIKE pattern (see {@link SearchText}); every one of them must match. */
    public static List<String> patterns(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.strip().split("\\s+")).map(SearchText::containing).filter(Objects::nonNull)
                .distinct().limit(MAX_WORDS).toList();
    }

    /** The words typed, as typed, for highlighting where they were found. */
    public static List<String> words(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.replaceAll("\\p{Cntrl}", "").strip().split("\\s+")).filter(w -> !w.isEmpty())
                .distinct().limit(MAX_WORDS).toList();
    }
}
