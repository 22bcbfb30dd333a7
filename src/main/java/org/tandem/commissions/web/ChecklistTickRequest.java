package org.tandem.commissions.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;

/** Marks a checklist item done (with an optional note, such as where the evidence is) or not done. */
record ChecklistTickRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean done,
                            @Schema(maxLength = 1000) String note) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (done == null) {
            errors.rejectValue("done", "required", "Send done as true or false");
        }
    }
}
