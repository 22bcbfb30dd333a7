package org.tandem.platform.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as Tandem compares them: trimmed, and case-insensitive. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 320;
    /** Control characters are refused too: nobody's address has them, and PostgreSQL cannot store a NUL. */
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s<>\"\\p{Cntrl}]+@[^@\\s<>\"\\p{Cntrl}]+\\.[^@\\s<>\".\\p{Cntrl}]+$");

    private EmailAddress() {
    }

    public static String key(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Null when the address looks right, otherwise the message to show. */
    public static String problemWith(String email) {
        if (email == null || email.isBlank()) {
            return "Enter an email address";
        }
        String trimmed = email.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return "Email address must be " + MAX_LENGTH + " characters or fewer";
        }
        if (!SHAPE.matcher(trimmed).matches()) {
            return "Enter an email address in the correct format, like name@example.com";
        }
        return null;
    }
}
