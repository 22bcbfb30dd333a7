package org.tandem.insight.assets.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phone numbers, email addresses and web addresses as the directory shows them: each check returns null when the
 * value is fine, or the message to show next to the field. Only http and https links are accepted, so a
 * "javascript:" address can never become a link in the directory.
 */
final class ContactChecks {

    static final int PHONE_MAX = 30;
    static final int EMAIL_MAX = 320;
    static final int WEBSITE_MAX = 500;

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]+$");
    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s<>\"\\p{Cntrl}]+@[^@\\s<>\"\\p{Cntrl}]+\\.[^@\\s<>\".\\p{Cntrl}]+$");

    private ContactChecks() {
    }

    static String phoneProblem(String phone) {
        if (phone.length() > PHONE_MAX) {
            return "Phone number must be " + PHONE_MAX + " characters or fewer";
        }
        int digits = phone.replaceAll("[^0-9]", "").length();
        boolean international = phone.startsWith("+");
        boolean rightLength = international ? digits >= 8 && digits <= 15 : digits >= 10 && digits <= 11;
        if (!PHONE.matcher(phone).matches() || !rightLength) {
            return "Enter a phone number, like 01632 960 001 or +44 1632 960 001";
        }
        return null;
    }

    static String emailProblem(String email) {
        if (email.length() > EMAIL_MAX) {
            return "Email address must be " + EMAIL_MAX + " characters or fewer";
        }
        if (!EMAIL.matcher(email).matches()) {
            return "Enter an email address in the correct format, like name@example.com";
        }
        return null;
    }

    static String websiteProblem(String website) {
        if (website.length() > WEBSITE_MAX) {
            return "Web address must be " + WEBSITE_MAX + " characters or fewer";
        }
        return website(website) == null ? "Enter a web address, like https://www.example.org" : null;
    }

    /** The address as a link: https:// is added when no scheme was typed. Null when it is not a web address. */
    static String website(String typed) {
        String withScheme = typed.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? typed : "https://" + typed;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.contains(".")
                    || host.startsWith(".") || host.endsWith(".")) {
                return null;
            }
            return withScheme;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
