package org.tandem.platform.people;

/** How a person's name must look wherever they type it: registering, accepting an invitation, on their account. */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /** Null when the name may be used, otherwise the message to show next to the field. */
    public static String problemWith(String name) {
        if (name == null || name.isBlank()) {
            return "Enter your name";
        }
        if (name.strip().length() > MAX_LENGTH) {
            return "Your name must be " + MAX_LENGTH + " characters or fewer";
        }
        // Names go into email subject lines and the audit log, where a line break could forge a header or a line.
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "Your name must be on one line, without tabs or line breaks";
        }
        return null;
    }
}
