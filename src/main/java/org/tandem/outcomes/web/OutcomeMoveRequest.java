package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Moves an outcome or an indicator one place up or down. */
record OutcomeMoveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Direction direction) {

    enum Direction { UP, DOWN }

    boolean up() {
        return direction != Direction.DOWN;
    }
}
