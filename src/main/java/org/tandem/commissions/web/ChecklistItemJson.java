package org.tandem.commissions.web;

import java.time.Instant;
import org.tandem.commissions.ChecklistItem;
import org.tandem.commissions.Phase;
import org.tandem.commissions.internal.ChecklistTick;

/** One checklist item of a commission, and who marked it done and when. {@code item} is its key in URLs. */
record ChecklistItemJson(String item, Phase phase, ChecklistItem.Source source, String text, boolean done,
                         String note, String by, Instant at) {

    static ChecklistItemJson of(ChecklistItem item, ChecklistTick tick) {
        return new ChecklistItemJson(item.key(), item.phase(), item.source(), item.text(), tick != null,
                tick == null ? null : tick.note(), tick == null ? null : tick.tickedByName(),
                tick == null ? null : tick.tickedAt());
    }
}
