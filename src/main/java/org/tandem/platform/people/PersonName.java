package org.tandem.platform.people;

/**
 * How a person's name must look wherever it is typed: registering, accepting an invitation, on their account, or
 * corrected by an administrator.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /** For people typing their own name. Null when the name may be used, otherwise the message to show. */
    public static String problemWith(String name) {
        return problem(name, "your name", "Your name");
    }

    /** For an administrator correcting someone else's name. */
    public static String problemWithTheirName(String name) {
        return problem(name, "their name", "Their name");
    }

    private static String problem(String name, String whose, String whoseCapitalised) {
        if (name == null || name.isBlank()) {
            return "Enter " + whose;
        }
        if (name.strip().length() > MAX_LENGTH) {
            return whoseCapitalised + " must be " + MAX_LENGTH + " characters or fewer";
        }
        // Names go into email subject lines and the audit log, where a line break could forge a header or a line.
        if (name.chars().anyMatch(Character::isISOControl)) {
            return whoseCapitalised + " must be on one line, without tabs or line breaks";
        }
        return null;
    }
}
