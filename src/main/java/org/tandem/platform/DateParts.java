package org.tandem.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * Reads a GOV.UK date input (day, month and year typed into three boxes) and explains what is wrong in the words the
 * GOV.UK design system recommends ("Start date must include a month", "Start date must be a real date").
 */
public final class DateParts {

    private DateParts() {
    }

    /** The date, or null after recording the problem on {@code field + "Day"}. */
    public static LocalDate read(String day, String month, String year, String label, String field, Errors errors,
                                 boolean required) {
        boolean noDay = blank(day);
        boolean noMonth = blank(month);
        boolean noYear = blank(year);
        if (noDay && noMonth && noYear) {
            if (required) {
                errors.rejectValue(field + "Day", "required", "Enter " + label.toLowerCase());
            }
            return null;
        }
        String missing = noDay ? "a day" : noMonth ? "a month" : noYear ? "a year" : null;
        if (missing != null) {
            errors.rejectValue(field + "Day", "incomplete", label + " must include " + missing);
            return null;
        }
        try {
            int d = Integer.parseInt(day.strip());
            int m = Integer.parseInt(month.strip());
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                errors.rejectValue(field + "Day", "year", "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, m, d);
        } catch (NumberFormatException | DateTimeException e) {
            errors.rejectValue(field + "Day", "invalid", label + " must be a real date");
            return null;
        }
    }

    public static String day(LocalDate date) {
        return date == null ? "" : Integer.toString(date.getDayOfMonth());
    }

    public static String month(LocalDate date) {
        return date == null ? "" : Integer.toString(date.getMonthValue());
    }

    public static String year(LocalDate date) {
        return date == null ? "" : Integer.toString(date.getYear());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
