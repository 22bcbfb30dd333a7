package org.tandem.coproduction.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.coproduction.internal.InvolvementModel;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * The commission's cell in Dorset's matrix as a commissioner confirms it, with a reason when it is not the derived
 * one.
 */
record MatrixConfirmationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = InvolvementModel.class) String model,
        @Schema(description = "Why; required when the model is not the one the activities show", maxLength = 2000)
        String reason) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (FormValues.enumValue(InvolvementModel.class, model) == null) {
            errors.rejectValue("model", "required", "'model' must be one of " + String.join(", ",
                    java.util.Arrays.stream(InvolvementModel.values()).map(Enum::name).toList()));
        }
    }

    InvolvementModel chosen() {
        return FormValues.enumValue(InvolvementModel.class, model);
    }
}
