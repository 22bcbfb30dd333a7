package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;

/** Moves an area one place up or down the round's list. */
record AreaMoveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"UP", "DOWN"})
                       String direction) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (!"UP".equals(direction) && !"DOWN".equals(direction)) {
            errors.rejectValue("direction", "invalid", "Send UP or DOWN");
        }
    }

    boolean up() {
        return "UP".equals(direction);
    }
}
