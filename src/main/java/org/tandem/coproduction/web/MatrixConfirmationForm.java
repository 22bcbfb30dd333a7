package org.tandem.coproduction.web;

import org.springframework.validation.Errors;
import org.tandem.coproduction.internal.InvolvementModel;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** The commissioner's choice of the commission's cell in the matrix, with the reason when it is not the derived one. */
public record MatrixConfirmationForm(String model, String reason) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (FormValues.enumValue(InvolvementModel.class, model) == null) {
            errors.rejectValue("model", "required", "Select the commission's place in the matrix");
        }
    }

    InvolvementModel chosen() {
        return FormValues.enumValue(InvolvementModel.class, model);
    }
}
