package org.tandem.coproduction.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.internal.ActivityProblem;
import org.tandem.coproduction.internal.ActivityRules;
import org.tandem.platform.Timestamps;
import org.tandem.platform.FormValues;

/**
 * Reading an activity as typed into the form or sent to the API, shared by both: counts and choices are checked
 * here, then {@link ActivityRules} (the same rules the service keeps) are reported field by field.
 */
final class ActivityInput {

    private ActivityInput() {
    }

    /**
     * Counts by kind or group, from text. Blank is none; a key that is not one of the kinds, or text that is not a
     * whole number, is reported. A number too big for the rules to take is read as the largest, so the rules explain
     * it.
     */
    static <E extends Enum<E>> Map<E, Integer> counts(Map<String, String> typed, Class<E> type, String field,
                                                      Function<E, String> label, Errors errors) {
        Map<E, Integer> counts = new EnumMap<>(type);
        if (typed == null) {
            return counts;
        }
        for (Map.Entry<String, String> entry : typed.entrySet()) {
            E key = FormValues.enumValue(type, entry.getKey());
            if (key == null) {
                errors.rejectValue(field, "unknown", "'" + shorten(entry.getKey()) + "' is not one of "
                        + String.join(", ", names(type)));
                continue;
            }
            String text = entry.getValue() == null ? "" : entry.getValue().strip().replace(",", "");
            if (text.isEmpty()) {
                continue;
            }
            if (!text.matches("-?\\d{1,30}")) {
                errors.rejectValue(field + "[" + key.name() + "]", "number",
                        label.apply(key) + " must be a whole number, like 12");
                continue;
            }
            BigInteger n = new BigInteger(text);
            counts.put(key, n.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE))
                    .intValue());
        }
        return counts;
    }

    static Set<CoProductionMode> modes(List<String> typed, String field, Errors errors) {
        Set<CoProductionMode> modes = EnumSet.noneOf(CoProductionMode.class);
        if (typed == null) {
            return modes;
        }
        for (String value : typed) {
            CoProductionMode mode = FormValues.enumValue(CoProductionMode.class, value);
            if (mode == null) {
                errors.rejectValue(field, "unknown", "Select the Co's from the list: "
                        + String.join(", ", names(CoProductionMode.class)));
                return modes;
            }
            modes.add(mode);
        }
        return modes;
    }

    /**
     * The rules on what was read. A rule is not reported for a field already explained (a count that was not a
     * number is not also "missing"); {@code fieldNamed} turns the rules' property names into the form's or the API's.
     */
    static void checkRules(ActivityDetails details, Errors errors, Function<String, String> fieldNamed) {
        List<ActivityProblem> problems = ActivityRules.problems(ActivityRules.tidy(details),
                LocalDate.now(Timestamps.LONDON));
        List<String> explained = errors.getFieldErrors().stream().map(FieldError::getField).toList();
        for (ActivityProblem problem : problems) {
            String field = fieldNamed.apply(problem.field());
            String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
            if (explained.stream().noneMatch(e -> e.equals(base) || e.startsWith(base + "["))) {
                errors.rejectValue(field, "rule", problem.message());
            }
        }
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            names.add(value.name());
        }
        return names;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
