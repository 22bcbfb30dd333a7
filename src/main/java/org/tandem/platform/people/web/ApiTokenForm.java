package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.ApiTokens;

/** The form for a new personal API token, as typed. */
record ApiTokenForm(String name, String expiryDays) implements SelfChecking {

    /** A quarter of a year: long enough for most integrations, short enough that forgotten tokens die off. */
    static ApiTokenForm blank() {
        return new ApiTokenForm("", "90");
    }

    @Override
    public void check(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "required", "Enter a name for the token, such as the program that will use it");
        } else if (name.strip().length() > ApiTokens.NAME_MAX) {
            errors.rejectValue("name", "size", "Name must be " + ApiTokens.NAME_MAX + " characters or fewer");
        }
        if (expiryDays == null || expiryDays.isBlank()) {
            errors.rejectValue("expiryDays", "required", "Enter how many days the token will work for");
        } else if (days() == null) {
            errors.rejectValue("expiryDays", "range", "Days must be a whole number from " + ApiTokens.MIN_DAYS
                    + " to " + ApiTokens.MAX_DAYS);
        }
    }

    /** The number of days, or null when it is not a whole number in range. */
    Integer days() {
        String digits = expiryDays == null ? "" : expiryDays.strip();
        if (!digits.matches("\\d{1,3}")) {
            return null;
        }
        int days = Integer.parseInt(digits);
        return days >= ApiTokens.MIN_DAYS && days <= ApiTokens.MAX_DAYS ? days : null;
    }
}
