package org.tandem.insight.quality.web;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.Decision;
import org.tandem.insight.quality.DecisionDraft;
import org.tandem.insight.quality.Rating;
import org.tandem.platform.DateParts;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * The commissioner's decision as typed. Choosing the recommended rating confirms it; choosing another overrides it
 * and needs a reason. Amber needs the date by which progress must show.
 */
public record DecisionForm(String rating, String reason, String progressDay, String progressMonth,
                           String progressYear) implements SelfChecking {

    static DecisionForm of(Rating recommended, Decision decision) {
        if (decision == null) {
            return new DecisionForm(recommended == null ? null : recommended.name(), "", "", "", "");
        }
        return new DecisionForm(decision.decided().name(), decision.reason(), DateParts.day(decision.progressBy()),
                DateParts.month(decision.progressBy()), DateParts.year(decision.progressBy()));
    }

    @Override
    public void check(Errors errors) {
        if (FormValues.enumValue(Rating.class, rating) == null) {
            errors.rejectValue("rating", "required", "Choose the decision: green, amber or red");
        }
        Inputs.limit(reason, DecisionDraft.REASON_MAX, "reason", "Reason", errors);
        DateParts.read(progressDay, progressMonth, progressYear, "Date to show progress by", "progress", errors,
                false);
    }

    DecisionDraft toDraft() {
        boolean noDate = blank(progressDay) && blank(progressMonth) && blank(progressYear);
        return new DecisionDraft(FormValues.enumValue(Rating.class, rating), Inputs.text(reason), noDate ? null
                : LocalDate.of(Integer.parseInt(progressYear.strip()), Integer.parseInt(progressMonth.strip()),
                Integer.parseInt(progressDay.strip())));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
