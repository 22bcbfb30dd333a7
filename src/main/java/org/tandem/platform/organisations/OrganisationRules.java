package org.tandem.platform.organisations;

import java.util.Locale;
import java.util.regex.Pattern;

/** How registration numbers and contact details must look. */
public final class OrganisationRules {

    /** England and Wales (up to 8 digits, optional linked-charity suffix), Scotland (SC), Northern Ireland (NIC/NI). */
    private static final Pattern CHARITY = Pattern.compile("^(\\d{6,8}(-\\d{1,2})?|SC\\d{6}|NIC?\\d{5,6})$");
    /** Companies House: 8 digits, or two letters and six digits (SC, NI, OC, RC, ...). */
    private static final Pattern COMPANY = Pattern.compile("^(\\d{8}|[A-Z]{2}\\d{6})$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()\\-]{7,25}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s<>\"]+\\.[^\\s<>\"]+$");

    private OrganisationRules() {
    }

    public static String normaliseCharityNumber(String value) {
        return blankToNull(value == null ? null : value.strip().toUpperCase(Locale.ROOT).replace(" ", ""));
    }

    /** Companies House numbers are eight characters; people often leave off the leading zeros. */
    public static String normaliseCompanyNumber(String value) {
        String v = blankToNull(value == null ? null : value.strip().toUpperCase(Locale.ROOT).replace(" ", ""));
        if (v != null && v.matches("\\d{1,7}")) {
            v = "0".repeat(8 - v.length()) + v;
        }
        return v;
    }

    public static boolean validCharityNumber(String normalised) {
        return normalised == null || CHARITY.matcher(normalised).matches();
    }

    public static boolean validCompanyNumber(String normalised) {
        return normalised == null || COMPANY.matcher(normalised).matches();
    }

    public static boolean validPhone(String value) {
        return value == null || value.isBlank() || PHONE.matcher(value.strip()).matches();
    }

    public static boolean validWebsite(String value) {
        return value == null || value.isBlank() || (value.strip().length() <= 300 && WEBSITE.matcher(value.strip()).matches());
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
