package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tandem.outcomes.ReviewDecision;
import org.tandem.outcomes.internal.OutcomeRules;

/** A reviewer's decision; an objection needs a comment. */
record ReviewDecisionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReviewDecision decision,
                             @Schema(maxLength = OutcomeRules.TEXT_MAX) String comment) {
}
