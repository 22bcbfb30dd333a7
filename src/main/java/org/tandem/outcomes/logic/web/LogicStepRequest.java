package org.tandem.outcomes.logic.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.Stage;
import org.tandem.outcomes.logic.StepDraft;
import org.tandem.platform.SelfChecking;

/** A step to add to a logic model, at the end of its stage. */
record LogicStepRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Stage stage,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = StepDraft.TEXT_MAX)
                        String text) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        LogicInput.checkStep(stage, text, errors);
    }

    StepDraft draft() {
        return LogicInput.step(stage, text);
    }
}
