package org.tandem.insight.wards;

import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * What a ward's code and name must look like. Codes are short and plain (MB01, or an ONS code such as E05012345) so
 * that imports of needs data can name wards by code; they are kept in upper case.
 */
public final class WardRules {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 100;

    private WardRules() {
    }

    public static String code(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    public static String name(String typed) {
        return typed == null ? null : typed.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    /**
     * Null when the code is fine (or empty: each caller says in its own words that it is missing), otherwise what is
     * wrong with it, as the end of a sentence: "must be ...".
     */
    public static String codeProblem(String typed) {
        String code = code(typed);
        if (code == null || code.isEmpty()) {
            return null;
        }
        if (code.length() > CODE_MAX) {
            return "must be " + CODE_MAX + " characters or fewer";
        }
        if (!code.matches("[A-Z0-9-]+")) {
            return "must be letters, numbers and hyphens only, like MB01 or E05012345";
        }
        return null;
    }

    /** Like {@link #codeProblem}, for the name. */
    public static String nameProblem(String typed) {
        String name = name(typed);
        if (name != null && name.length() > NAME_MAX) {
            return "must be " + NAME_MAX + " characters or fewer";
        }
        return null;
    }

    /** Reports each problem with a ward's code and name as (field, message), in the words a form shows. */
    public static void check(String code, String name, BiConsumer<String, String> problem) {
        if (blank(code)) {
            problem.accept("code", "Enter the ward's code, like MB01");
        } else if (codeProblem(code) != null) {
            problem.accept("code", "Code " + codeProblem(code));
        }
        if (blank(name)) {
            problem.accept("name", "Enter the ward's name");
        } else if (nameProblem(name) != null) {
            problem.accept("name", "Name " + nameProblem(name));
        }
    }

    public static boolean blank(String typed) {
        String cleaned = name(typed);
        return cleaned == null || cleaned.isEmpty();
    }
}
