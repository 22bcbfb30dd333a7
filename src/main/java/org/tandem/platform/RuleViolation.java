package org.tandem.platform;

/**
 * A business rule refused a change. {@code field} names the form field or JSON property to show the message next to
 * (null for the whole form); the message is written for the person who made the request.
 */
public class RuleViolation extends RuntimeException {
    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
