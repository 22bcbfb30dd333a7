package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.DecisionDraft;
import org.tandem.insight.quality.Rating;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * The commissioner's decision on a service. Sending the recommended rating confirms it; another rating overrides it
 * and needs a reason. Amber needs the date by which progress must show.
 */
record QualityDecisionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Rating.class) String rating,
        @Schema(maxLength = DecisionDraft.REASON_MAX) String reason,
        @Schema(format = "date", example = "2027-03-31") String progressBy) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (FormValues.enumValue(Rating.class, rating) == null) {
            errors.rejectValue("rating", "required", "Send RED, AMBER or GREEN");
        }
        Inputs.limit(reason, DecisionDraft.REASON_MAX, "reason", "Reason", errors);
        Inputs.isoDate(progressBy, "progressBy", "Date to show progress by", false, errors);
    }

    DecisionDraft draft() {
        return new DecisionDraft(FormValues.enumValue(Rating.class, rating), Inputs.text(reason),
                progressBy == null || progressBy.isBlank() ? null : LocalDate.parse(progressBy.strip()));
    }
}
