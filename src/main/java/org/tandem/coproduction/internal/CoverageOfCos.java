package org.tandem.coproduction.internal;

import java.util.List;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.CoProductionMode;

/**
 * Which of the four Co's (seed 002, Table 1) the commission's activities served, and how many of those shared
 * power with citizens. A Co with no activity is missing: seed 002's point is that all four, across the cycle, bring in
 * far more people than meetings alone.
 */
public record CoverageOfCos(List<Co> cos) {

    /** One of the four Co's: activities serving it (directly or through a kind), and those at "doing with". */
    public record Co(CoProductionMode mode, int activities, int sharedPower) {
        public boolean covered() {
            return activities > 0;
        }
    }

    public CoverageOfCos {
        cos = List.copyOf(cos);
    }

    public static CoverageOfCos of(List<ActivityDetails> activities) {
        return new CoverageOfCos(CoProductionMode.fourCos().stream()
                .map(mode -> new Co(mode, (int) activities.stream().filter(a -> a.serves(mode)).count(),
                        (int) activities.stream().filter(a -> a.serves(mode) && a.sharedPowerWithCitizens()).count()))
                .toList());
    }

    public List<CoProductionMode> missing() {
        return cos.stream().filter(c -> !c.covered()).map(Co::mode).toList();
    }

    public int covered() {
        return cos.size() - missing().size();
    }
}
