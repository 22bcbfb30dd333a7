package org.tandem.outcomes.web;

import java.math.BigDecimal;
import org.springframework.validation.Errors;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.Frequency;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** The indicator form as typed: baseline and target stay text until they are read as numbers. */
public record IndicatorForm(String name, String definition, String unit, String direction, String baseline,
                            String target, String dataSource, String frequency, String kind, String method,
                            Integer version) implements SelfChecking {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d{1,16}(\\.\\d+)?");

    static IndicatorForm blank() {
        return new IndicatorForm("", "", "", null, "", "", "", null, null, null, null);
    }

    static IndicatorForm of(IndicatorView indicator) {
        IndicatorDraft d = indicator.details();
        return new IndicatorForm(d.name(), d.definition(), d.unit(), name(d.direction()), plain(d.baseline()),
                plain(d.target()), d.dataSource(), name(d.frequency()), name(d.kind()), name(d.method()),
                indicator.version());
    }

    @Override
    public void check(Errors errors) {
        if (blank(kind) || FormValues.enumValue(IndicatorKind.class, kind) == null) {
            errors.rejectValue("kind", "required", "Select whether the indicator measures an outcome, an output or "
                    + "a proxy");
        }
        if (blank(direction) || FormValues.enumValue(Direction.class, direction) == null) {
            errors.rejectValue("direction", "required", "Select which way the indicator should move");
        }
        if (!blank(baseline) && number(baseline) == null) {
            errors.rejectValue("baseline", "number", "Enter the baseline as a number, like 40 or 12.5");
        }
        if (!blank(target) && number(target) == null) {
            errors.rejectValue("target", "number", "Enter the target as a number, like 60 or 12.5");
        }
        if (!blank(frequency) && FormValues.enumValue(Frequency.class, frequency) == null) {
            errors.rejectValue("frequency", "invalid", "Choose one of the options");
        }
        if (blank(method) || FormValues.enumValue(MeasurementMethod.class, method) == null) {
            errors.rejectValue("method", "required", "Select how the indicator will be measured");
        }
    }

    IndicatorDraft toDraft() {
        return new IndicatorDraft(name, definition, unit, FormValues.enumValue(Direction.class, direction),
                number(baseline), number(target), dataSource, FormValues.enumValue(Frequency.class, frequency),
                FormValues.enumValue(IndicatorKind.class, kind), FormValues.enumValue(MeasurementMethod.class, method));
    }

    /** A number as people type it: commas between thousands and a trailing % are allowed. */
    private static BigDecimal number(String value) {
        if (blank(value)) {
            return null;
        }
        String plain = value.strip().replace(",", "").replaceFirst("%$", "").strip();
        return plain.length() <= 40 && NUMBER.matcher(plain).matches() ? new BigDecimal(plain) : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
