package org.tandem.outcomes.internal;

import java.math.BigDecimal;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.platform.RuleViolation;

/**
 * The rules every outcome and indicator keeps, however it arrives (form, API, a merged contribution): text tidied,
 * then the first broken rule refused with the field it is about. Field names are the API's property names.
 */
public final class OutcomeRules {

    public static final int WORDING_MAX = 1000;
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int UNIT_MAX = 100;
    public static final int SOURCE_MAX = 500;
    public static final int TITLE_MAX = 200;
    /** numeric(19,4): fifteen digits before the point, four after. */
    public static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000000000");
    public static final int DECIMALS_MAX = 4;

    private OutcomeRules() {
    }

    public static OutcomeDraft outcome(OutcomeDraft d) {
        OutcomeDraft tidy = new OutcomeDraft(text(d.ownWords()), text(d.professionalWording()), d.level(),
                d.valueType(), d.wellbeingElement(), d.fiveWays(), d.bottomLines(), d.preventionLevel(), d.pathway(),
                d.shapedBy());
        if (tidy.ownWords() == null) {
            throw new RuleViolation("ownWords", "Enter the outcome in the words of the people it is for");
        }
        length("ownWords", tidy.ownWords(), WORDING_MAX, "The outcome in people's own words");
        length("professionalWording", tidy.professionalWording(), WORDING_MAX, "The professional wording");
        return tidy;
    }

    public static IndicatorDraft indicator(IndicatorDraft d) {
        IndicatorDraft tidy = new IndicatorDraft(text(d.name()), text(d.definition()), text(d.unit()), d.direction(),
                d.baseline(), d.target(), text(d.dataSource()), d.frequency(), d.kind(), d.method());
        if (tidy.name() == null) {
            throw new RuleViolation("name", "Enter the indicator's name");
        }
        length("name", tidy.name(), NAME_MAX, "The indicator's name");
        length("definition", tidy.definition(), TEXT_MAX, "The definition");
        length("unit", tidy.unit(), UNIT_MAX, "The unit");
        if (tidy.kind() == null) {
            throw new RuleViolation("kind", "Select whether the indicator measures an outcome, an output or a proxy");
        }
        if (tidy.direction() == null) {
            throw new RuleViolation("direction", "Select which way the indicator should move");
        }
        number("baseline", tidy.baseline(), "The baseline");
        number("target", tidy.target(), "The target");
        length("dataSource", tidy.dataSource(), SOURCE_MAX, "The data source");
        if (tidy.method() == null) {
            throw new RuleViolation("method", "Select how the indicator will be measured");
        }
        return tidy;
    }

    /** A framework's or template's title, tidied; refused when missing or too long. */
    public static String title(String value) {
        return name("title", value, "a title", "The title");
    }

    /** A short name on one line, tidied; refused when missing or too long. */
    public static String name(String field, String value, String missing, String what) {
        String name = text(value);
        if (name == null) {
            throw new RuleViolation(field, "Enter " + missing);
        }
        length(field, name, TITLE_MAX, what);
        if (name.contains("\n") || name.contains("\t")) {
            throw new RuleViolation(field, what + " must be on one line");
        }
        return name;
    }

    /** Optional longer text, tidied; refused when too long. */
    public static String paragraph(String field, String value, String what) {
        String text = text(value);
        length(field, text, TEXT_MAX, what);
        return text;
    }

    private static void length(String field, String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new RuleViolation(field, what + " must be " + max + " characters or fewer");
        }
    }

    private static void number(String field, BigDecimal value, String what) {
        if (value == null) {
            return;
        }
        if (value.abs().compareTo(NUMBER_LIMIT) >= 0) {
            throw new RuleViolation(field, what + " must be less than 1,000,000,000,000,000");
        }
        if (value.stripTrailingZeros().scale() > DECIMALS_MAX) {
            throw new RuleViolation(field, what + " can have at most " + DECIMALS_MAX + " decimal places");
        }
    }

    /**
     * Stripped, blank read as nothing; line breaks and tabs kept, other control characters dropped (PostgreSQL
     * refuses a NUL in text, and none of them can be typed into a form).
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").replace("\r\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }
}
