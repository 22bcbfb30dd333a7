package org.tandem.insight.quality;

import java.util.List;

/**
 * What a round has so far, as the transitions need to know it: areas whose rating guide is not finished, visits
 * planned and submitted, services decided and not.
 */
public record RoundProgress(int areas, List<String> areasWithoutGuide, int visitsPlanned, int visitsSubmitted,
                            int decisions, int servicesUndecided) {

    public RoundProgress {
        areasWithoutGuide = List.copyOf(areasWithoutGuide);
    }
}
