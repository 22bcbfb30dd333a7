package org.tandem.outcomes.logic.web;

import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.ReviewLevel;
import org.tandem.outcomes.logic.ReviewRowDraft;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** A row of the outcomes review table, as typed. */
public record ReviewRowForm(String level, String outcome, String dataCollected, String sourceDocument)
        implements SelfChecking {

    static ReviewRowForm blank() {
        return new ReviewRowForm(null, "", "", "");
    }

    @Override
    public void check(Errors errors) {
        LogicInput.checkRow(FormValues.enumValue(ReviewLevel.class, level), outcome, dataCollected, sourceDocument,
                errors);
    }

    ReviewRowDraft toDraft() {
        return LogicInput.row(FormValues.enumValue(ReviewLevel.class, level), outcome, dataCollected,
                sourceDocument);
    }
}
