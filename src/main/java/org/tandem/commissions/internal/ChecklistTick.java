package org.tandem.commissions.internal;

import java.time.Instant;
import org.tandem.commissions.ChecklistItem;

/** A checklist item marked done, by whom and when, with an optional note (e.g. where the evidence is). */
public record ChecklistTick(ChecklistItem item, String note, String tickedByName, Instant tickedAt) {
}
