package org.tandem.outcomes.web;

import org.tandem.outcomes.ReviewDecision;
import org.tandem.platform.FormValues;

/** A reviewer's decision on a version, with their comment. */
public record DecisionForm(String decision, String comment) {

    ReviewDecision chosen() {
        return FormValues.enumValue(ReviewDecision.class, decision);
    }
}
