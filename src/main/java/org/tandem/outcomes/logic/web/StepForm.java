package org.tandem.outcomes.logic.web;

import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.Stage;
import org.tandem.outcomes.logic.StepDraft;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** A step to add to a model, as typed. */
public record StepForm(String stage, String text) implements SelfChecking {

    static StepForm blank() {
        return new StepForm(null, "");
    }

    @Override
    public void check(Errors errors) {
        LogicInput.checkStep(FormValues.enumValue(Stage.class, stage), text, errors);
    }

    StepDraft toDraft() {
        return LogicInput.step(FormValues.enumValue(Stage.class, stage), text);
    }
}
