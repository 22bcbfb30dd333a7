package org.tandem.coproduction.web;

import java.util.Locale;
import java.util.UUID;

/**
 * Reads choices and ids sent by forms, links and API clients. Anything that is not one of the expected values reads
 * as nothing, so tampered input is treated like a field left empty and never reaches a query.
 */
final class Values {

    private Values() {
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
        if (value == null || value.length() > 60) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
