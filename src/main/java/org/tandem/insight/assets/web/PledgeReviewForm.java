package org.tandem.insight.assets.web;

import org.springframework.validation.Errors;
import org.tandem.insight.assets.PledgeDecision;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** An officer's decision on a pledge, as typed. The rules that depend on the pledge are the service's. */
public record PledgeReviewForm(String decision, String note, Integer version) implements SelfChecking {

    static final int NOTE_MAX = 1000;

    @Override
    public void check(Errors errors) {
        if (FormValues.enumValue(PledgeDecision.class, decision) == null) {
            errors.rejectValue("decision", "required", "Select what to do with the pledge");
        }
        AssetChecks.optional(note, "note", "Note", NOTE_MAX, errors);
    }

    PledgeDecision chosen() {
        return FormValues.enumValue(PledgeDecision.class, decision);
    }
}
