package org.tandem.outcomes.characteristics.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;

/** Moves a quality characteristic one place up or down the commission's list. */
record CharacteristicMoveRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"UP", "DOWN"}) String direction)
        implements SelfChecking {

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
