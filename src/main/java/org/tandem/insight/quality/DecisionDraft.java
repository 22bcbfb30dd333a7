package org.tandem.insight.quality;

import java.time.LocalDate;
import org.tandem.platform.RuleViolation;

/**
 * What the commissioner decided, before it is checked against the recommendation: an override must say why, amber
 * must say by when progress must show (seed 000, Box K: amber services "were asked to show progress before a
 * further review").
 */
public record DecisionDraft(Rating decided, String reason, LocalDate progressBy) {

    public static final int REASON_MAX = 2000;

    /** The decision as stored: reason trimmed, progress date only for amber. */
    public DecisionDraft checkedAgainst(Rating recommended, LocalDate today) {
        if (decided == null) {
            throw new RuleViolation("rating", "Choose the decision: green, amber or red");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_MAX) {
            throw new RuleViolation("reason", "Reason must be " + REASON_MAX + " characters or fewer");
        }
        if (decided != recommended && why == null) {
            throw new RuleViolation("reason", "Enter why you are overriding the recommendation of "
                    + recommended.label().toLowerCase(java.util.Locale.UK));
        }
        if (decided == Rating.AMBER) {
            if (progressBy == null) {
                throw new RuleViolation("progressBy", "Enter the date by which the service must show progress");
            }
            if (!progressBy.isAfter(today)) {
                throw new RuleViolation("progressBy", "The date to show progress by must be in the future");
            }
        }
        return new DecisionDraft(decided, why, decided == Rating.AMBER ? progressBy : null);
    }
}
