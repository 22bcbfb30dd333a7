package org.tandem.platform;

import java.util.Locale;
import java.util.UUID;

/**
 * Reads choices and ids sent by forms and links. Anything that is not one of the expected values reads as nothing,
 * so tampered input is treated like a field left empty and never reaches a query.
 */
public final class FormValues {

    private FormValues() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null || value.isBlank() || value.length() > 60) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static UUID uuid(String value) {
        if (value == null || value.length() > 60) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The version a form was loaded at, for optimistic locking; null when missing or not a number. */
    public static Integer version(String value) {
        if (value == null || !value.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }
}
