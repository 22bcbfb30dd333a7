package org.tandem.outcomes.logic.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.ReviewLevel;
import org.tandem.outcomes.logic.ReviewRow;
import org.tandem.outcomes.logic.ReviewRowDraft;
import org.tandem.platform.SelfChecking;

/** A row to add to the outcomes review table (seed 000, Table 6). */
record OutcomesReviewRowRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReviewLevel level,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ReviewRow.OUTCOME_MAX) String outcome,
        @Schema(description = "Data collected on specific outputs; empty when none is",
                maxLength = ReviewRow.DATA_MAX) String dataCollected,
        @Schema(maxLength = ReviewRow.SOURCE_MAX) String sourceDocument) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        LogicInput.checkRow(level, outcome, dataCollected, sourceDocument, errors);
    }

    ReviewRowDraft draft() {
        return LogicInput.row(level, outcome, dataCollected, sourceDocument);
    }
}
