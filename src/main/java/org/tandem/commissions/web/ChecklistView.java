package org.tandem.commissions.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tandem.commissions.ChecklistItem;
import org.tandem.commissions.Phase;
import org.tandem.commissions.internal.ChecklistTick;

/** The checklist grouped by phase, with how much of each phase is done. */
record ChecklistView(List<PhaseGroup> phases) {

    record Line(ChecklistItem item, ChecklistTick tick) {
        public boolean done() {
            return tick != null;
        }
    }

    record PhaseGroup(Phase phase, List<Line> lines) {
        public long doneCount() {
            return lines.stream().filter(Line::done).count();
        }
    }

    static ChecklistView of(Map<ChecklistItem, ChecklistTick> ticks) {
        return new ChecklistView(Arrays.stream(Phase.values())
                .map(phase -> new PhaseGroup(phase, ChecklistItem.forPhase(phase).stream()
                        .map(item -> new Line(item, ticks.get(item))).toList()))
                .toList());
    }
}
