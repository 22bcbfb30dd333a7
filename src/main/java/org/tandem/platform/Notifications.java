package org.tandem.platform;

import java.util.Map;

/**
 * Sends email built from a named template in {@code resources/mail/} (GOV.UK Notify style: a subject line, then a
 * body with {@code ((placeholders))}). Mail goes out only after the surrounding transaction commits.
 */
public interface Notifications {

    void email(String to, String template, Map<String, String> personalisation);
}
