package org.tandem.insight.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.FormValues;

import static org.tandem.platform.FormValues.uuid;

/**
 * Reads what forms, links and API requests send for the needs and evidence pages. A value that is not one of the
 * expected ones reads as nothing, so tampered input is treated like an empty field and never reaches a query.
 */
public final class FormInput {

    private FormInput() {
    }

    /** Every value read as an id; false when any of them is not one. */
    public static boolean allIds(Collection<String> values) {
        return values == null || values.stream().allMatch(v -> uuid(v) != null);
    }

    public static Set<UUID> ids(Collection<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (values != null) {
            values.stream().map(FormValues::uuid).filter(java.util.Objects::nonNull).forEach(ids::add);
        }
        return ids;
    }

    public static List<String> strings(Collection<?> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(v.toString()));
        }
        return out;
    }

    /** Trimmed text, or null when nothing but spaces was typed. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number typed into a box, or null when it is not one (or too long to be one). */
    public static Integer number(String value) {
        String text = text(value);
        if (text == null || !text.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
