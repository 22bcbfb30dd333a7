package org.tandem.commissions.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.commissions.Phase;
import org.tandem.platform.SelfChecking;

/** A move to the next phase, or (commissioners only, with a reason) back to the previous one. */
record PhaseChangeRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Phase to,
        @Schema(description = "Why; required when moving back", maxLength = 2000) String reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version of the commission you read")
        Integer version) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (version == null) {
            errors.rejectValue("version", "required",
                    "Send the version of the commission you read, so a move made since is not repeated");
        }
    }
}
