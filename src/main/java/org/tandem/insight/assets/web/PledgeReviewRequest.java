package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.insight.assets.PledgeDecision;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** An officer's decision on a waiting pledge. */
record PledgeReviewRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = PledgeDecision.class) String decision,
        @Schema(maxLength = PledgeReviewForm.NOTE_MAX, description = "Required when declining") String note,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version of the pledge you read")
        Integer version) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        new PledgeReviewForm(decision, note, version).check(errors);
        if (version == null) {
            errors.rejectValue("version", "required", "Send the version of the pledge you read");
        }
    }

    PledgeDecision chosen() {
        return FormValues.enumValue(PledgeDecision.class, decision);
    }
}
