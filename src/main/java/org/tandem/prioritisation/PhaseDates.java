package org.tandem.prioritisation;

import java.time.LocalDate;

/** When one phase runs: London calendar days, both inclusive. */
public record PhaseDates(PbPhase phase, LocalDate startsOn, LocalDate endsOn) {

    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
