package org.tandem.commissions.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tandem.commissions.Phase;
import org.tandem.commissions.internal.PhaseChange;

/** The four phases drawn as a timeline: done, current or to come, with when each was last entered. */
record Timeline(List<Step> steps) {

    enum State { DONE, CURRENT, TO_COME }

    record Step(Phase phase, State state, Instant enteredAt) {
        public String cssModifier() {
            return switch (state) {
                case DONE -> "tandem-timeline__phase--done";
                case CURRENT -> "tandem-timeline__phase--current";
                case TO_COME -> "";
            };
        }
    }

    static Timeline of(Phase current, List<PhaseChange> history) {
        return new Timeline(Arrays.stream(Phase.values()).map(phase -> new Step(phase,
                phase.ordinal() < current.ordinal() ? State.DONE
                        : phase == current ? State.CURRENT : State.TO_COME,
                phase.ordinal() <= current.ordinal() ? lastEntered(phase, history) : null)).toList());
    }

    private static Instant lastEntered(Phase phase, List<PhaseChange> history) {
        Instant when = null;
        for (PhaseChange change : history) {
            if (change.to() == phase) {
                when = change.changedAt();
            }
        }
        return when;
    }
}
