package org.tandem.insight.quality.web;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.AmberThreshold;
import org.tandem.insight.quality.RecommendationRule;
import org.tandem.insight.quality.RoundDraft;
import org.tandem.insight.quality.VisitCombination;
import org.tandem.platform.FormValues;

/** The checks a round's details must pass, shared by the form and the API. */
final class RoundChecks {

    private RoundChecks() {
    }

    static void check(String title, String purpose, LocalDate from, LocalDate until, String untilField,
                      String redAreas, String amberThreshold, String visitCombination, Errors errors) {
        Inputs.required(title, RoundDraft.TITLE_MAX, "title", "Enter a title for the round", "Title", errors);
        Inputs.limit(purpose, RoundDraft.PURPOSE_MAX, "purpose", "Purpose", errors);
        if (from != null && until != null && until.isBefore(from)) {
            errors.rejectValue(untilField, "order", "The last day of visits must be the same as or after the first");
        }
        if (red(redAreas) == null) {
            errors.rejectValue("redAreas", "invalid", "Enter how many red areas make a service red, a whole number "
                    + "from 1 to " + RecommendationRule.MAX_RED_AREAS);
        }
        if (FormValues.enumValue(AmberThreshold.class, amberThreshold) == null) {
            errors.rejectValue("amberThreshold", "required", "Choose how much amber makes a service amber");
        }
        if (FormValues.enumValue(VisitCombination.class, visitCombination) == null) {
            errors.rejectValue("visitCombination", "required", "Choose how several visits to one service combine");
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    static RoundDraft draft(String title, String purpose, LocalDate from, LocalDate until, String redAreas,
                            String amberThreshold, String visitCombination) {
        return new RoundDraft(title.strip(), Inputs.text(purpose), from, until, new RecommendationRule(red(redAreas),
                FormValues.enumValue(AmberThreshold.class, amberThreshold),
                FormValues.enumValue(VisitCombination.class, visitCombination)));
    }

    private static Integer red(String value) {
        if (value == null || !value.strip().matches("\\d{1,2}")) {
            return null;
        }
        int red = Integer.parseInt(value.strip());
        return red >= 1 && red <= RecommendationRule.MAX_RED_AREAS ? red : null;
    }
}
