package org.tandem.prioritisation;

import java.util.UUID;
import org.tandem.platform.Money;

/** An area or category of a process with its own share of the budget. */
public record District(UUID id, String name, Money budget) {
}
