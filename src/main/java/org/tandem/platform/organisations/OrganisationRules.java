package org.tandem.platform.organisations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.EmailAddress;

/** How an organisation's name, registration numbers and contact details must look. */
public final class OrganisationRules {

    /** The longest each detail may be: the sizes of the organisation table's columns. */
    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int ADDRESS_MAX = 500;
    public static final int WEBSITE_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;

    /** England and Wales (up to 8 digits, optional linked-charity suffix), Scotland (SC), Northern Ireland (NIC/NI). */
    private static final Pattern CHARITY = Pattern.compile("^(\\d{6,8}(-\\d{1,2})?|SC\\d{6}|NIC?\\d{5,6})$");
    /** Companies House: 8 digits, or two letters and six digits (SC, NI, OC, RC, ...). */
    private static final Pattern COMPANY = Pattern.compile("^(\\d{8}|[A-Z]{2}\\d{6})$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()\\-]{7,25}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s<>\"]+\\.[^\\s<>\"]+$");
    /** Characters nobody types, which PostgreSQL also refuses to store (NUL); line breaks only where lines are. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

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
        return value == null || value.isBlank() || (value.strip().length() <= WEBSITE_MAX && WEBSITE.matcher(value.strip()).matches());
    }

    /**
     * What is wrong with the details, by field name (the names of {@link OrganisationDetails}' components), in the
     * order a form shows them, one problem a field; empty when nothing is. Registration numbers are checked as
     * normalised.
     */
    public static Map<String, String> problemsWith(OrganisationDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseControlCharacters(problems, "name", "Name", details.name(), CONTROL);
        if (details.name() == null || details.name().isBlank()) {
            problems.putIfAbsent("name", "Enter the organisation's name");
        } else if (tooLong(details.name(), NAME_MAX)) {
            problems.putIfAbsent("name", "Name must be " + NAME_MAX + " characters or fewer");
        }
        refuseControlCharacters(problems, "charityNumber", "Charity number", details.charityNumber(), CONTROL);
        if (!validCharityNumber(normaliseCharityNumber(details.charityNumber()))) {
            problems.putIfAbsent("charityNumber",
                    "Enter a charity number in the correct format, like 1190001, SC012345 or NIC100002");
        }
        refuseControlCharacters(problems, "companyNumber", "Company number", details.companyNumber(), CONTROL);
        if (!validCompanyNumber(normaliseCompanyNumber(details.companyNumber()))) {
            problems.putIfAbsent("companyNumber",
                    "Enter a company number in the correct format, like 01234567 or SC123456");
        }
        if (blankToNull(details.contactEmail()) != null) {
            String problem = EmailAddress.problemWith(details.contactEmail());
            if (problem != null) {
                problems.putIfAbsent("contactEmail", problem);
            }
        }
        refuseControlCharacters(problems, "contactPhone", "Phone number", details.contactPhone(), CONTROL);
        if (tooLong(details.contactPhone(), PHONE_MAX)) {
            problems.putIfAbsent("contactPhone", "Phone number must be " + PHONE_MAX + " characters or fewer");
        } else if (!validPhone(details.contactPhone())) {
            problems.putIfAbsent("contactPhone",
                    "Enter a phone number using only numbers, spaces, brackets, + and -, like 01632 960 001");
        }
        refuseControlCharacters(problems, "address", "Address", details.address(), CONTROL_EXCEPT_LINES);
        if (tooLong(details.address(), ADDRESS_MAX)) {
            problems.putIfAbsent("address", "Address must be " + ADDRESS_MAX + " characters or fewer");
        }
        refuseControlCharacters(problems, "website", "Website", details.website(), CONTROL);
        if (tooLong(details.website(), WEBSITE_MAX)) {
            problems.putIfAbsent("website", "Website must be " + WEBSITE_MAX + " characters or fewer");
        } else if (!validWebsite(details.website())) {
            problems.putIfAbsent("website", "Enter the website address in full, like https://www.example.org");
        }
        refuseControlCharacters(problems, "description", "Description", details.description(), CONTROL_EXCEPT_LINES);
        if (tooLong(details.description(), DESCRIPTION_MAX)) {
            problems.putIfAbsent("description", "Description must be " + DESCRIPTION_MAX + " characters or fewer");
        }
        return problems;
    }

    /** Refuses details with anything wrong, for callers that did not check them field by field first. */
    public static void requireValid(OrganisationDetails details) {
        problemsWith(details).entrySet().stream().findFirst().ifPresent(problem -> {
            throw new RuleViolation(problem.getKey(), problem.getValue());
        });
    }

    private static void refuseControlCharacters(Map<String, String> problems, String field, String label,
                                                String value, Pattern control) {
        if (value != null && control.matcher(value).find()) {
            problems.put(field, label + " must not contain control characters");
        }
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.strip().length() > max;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
