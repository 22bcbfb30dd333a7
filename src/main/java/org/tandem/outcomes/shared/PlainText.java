package org.tandem.outcomes.shared;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * Text as typed into planning's forms and API: plain text, shown escaped, never markup. Names stay on one line;
 * longer text keeps its line breaks; control characters such as NUL never reach the database.
 */
public final class PlainText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern CONTROL_OR_BREAK = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private PlainText() {
    }

    /** One line, spaces collapsed; null when nothing but spaces was typed. */
    public static String line(String value) {
        if (value == null) {
            return null;
        }
        String tidy = CONTROL_OR_BREAK.matcher(value).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return tidy.isEmpty() ? null : tidy;
    }

    /** Paragraphs: line breaks kept (Windows ones made plain), other control characters dropped. */
    public static String paragraphs(String value) {
        if (value == null) {
            return null;
        }
        String tidy = CONTROL.matcher(value.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
        return tidy.isEmpty() ? null : tidy;
    }

    public static void required(String value, int max, String field, String missing, String label, Errors errors) {
        if (line(value) == null) {
            errors.rejectValue(field, "required", missing);
        } else {
            limit(value, max, field, label, errors);
        }
    }

    public static void limit(String value, int max, String field, String label, Errors errors) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "size", label + " must be " + String.format(Locale.UK, "%,d", max)
                    + " characters or fewer");
        }
    }
}
