package org.tandem.insight.quality;

import java.util.List;

/** A round's results: its areas, and every service's ratings, recommendation, decision and responses. */
public record RoundResults(QualityRound round, List<QualityArea> areas, List<ServiceResult> services) {

    public RoundResults {
        areas = List.copyOf(areas);
        services = List.copyOf(services);
    }

    public long decided() {
        return services.stream().filter(ServiceResult::isDecided).count();
    }
}
