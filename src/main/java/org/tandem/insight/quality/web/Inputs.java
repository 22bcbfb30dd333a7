package org.tandem.insight.quality.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.Errors;
import org.tandem.platform.RuleViolation;

/**
 * Reads what forms and API requests send. Anything that is not one of the expected values reads as nothing, so
 * tampered input is treated like a field left empty and never reaches a query.
 */
final class Inputs {

    private Inputs() {
    }

    /** Text as stored: trimmed, and null when nothing but spaces was typed. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void limit(String value, int max, String field, String label, Errors errors) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "size", label + " must be " + max + " characters or fewer");
        }
    }

    static void required(String value, int max, String field, String missing, String label, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "required", missing);
        } else {
            limit(value, max, field, label, errors);
        }
    }

    /** An ISO date (yyyy-mm-dd) from the API, or null after recording the problem against the property. */
    static LocalDate isoDate(String value, String field, String label, boolean required, Errors errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "required", "Enter the " + label.toLowerCase(Locale.UK));
            }
            return null;
        }
        if (value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeException e) {
                // shaped like a date but not one, such as 2026-02-30: explained below
            }
        }
        errors.rejectValue(field, "invalid", label + " must be a real date written as yyyy-mm-dd, like 2026-10-08");
        return null;
    }

    /** Shows a rule's refusal next to its field when the form has that field, otherwise at the top of the form. */
    static void reject(Errors errors, RuleViolation violation) {
        if (violation.field() != null) {
            try {
                errors.rejectValue(violation.field(), "rule", violation.getMessage());
                return;
            } catch (NotReadablePropertyException notOnThisForm) {
                // the rule names a property this form does not have: show it for the whole form
            }
        }
        errors.reject("rule", violation.getMessage());
    }
}
