package org.tandem.outcomes.characteristics.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.outcomes.characteristics.CharacteristicTemplate;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** Which of seed 000's templates to add to the commission's quality characteristics. */
record CharacteristicTemplateRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ISLINGTON", "CAMDEN"})
        String template) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (chosen() == null) {
            errors.rejectValue("template", "invalid", "Send ISLINGTON or CAMDEN");
        }
    }

    CharacteristicTemplate chosen() {
        return FormValues.enumValue(CharacteristicTemplate.class, template);
    }
}
