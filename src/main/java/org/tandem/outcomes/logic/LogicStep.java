package org.tandem.outcomes.logic;

import java.util.UUID;

/** One box of a logic model: an input, activity, output or outcome, in its column's order. */
public record LogicStep(UUID id, Stage stage, int position, String text) {
}
