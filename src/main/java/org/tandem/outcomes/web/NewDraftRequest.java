package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tandem.outcomes.internal.OutcomeRules;

/** Starts a new draft, copied from the newest version, with an optional note of why. */
record NewDraftRequest(@Schema(maxLength = OutcomeRules.TEXT_MAX) String note) {
}
