package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.Visit;
import org.tandem.platform.SelfChecking;

/** Why a submitted visit is being reopened, and the version of the visit read. */
record VisitReopenRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Visit.REASON_MAX)
                          String reason,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version)
        implements SelfChecking {

    @Override
    public void check(Errors errors) {
        Inputs.required(reason, Visit.REASON_MAX, "reason", "Send why the visit is being reopened", "Reason", errors);
        if (version == null) {
            errors.rejectValue("version", "required", "Send the version of the visit you read");
        }
    }
}
