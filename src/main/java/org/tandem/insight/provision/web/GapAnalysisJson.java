package org.tandem.insight.provision.web;

import java.util.List;
import java.util.UUID;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.GapAnalysis;
import org.tandem.insight.provision.GapAnalyses;

/** A commission's gap analysis in the API: uncovered needs first, each with its wards and the services there. */
record GapAnalysisJson(UUID commissionId, String commission, UUID baselineOf, List<NeedJson> needs) {

    record ServiceRef(UUID id, String name, boolean boroughWide) {
        static ServiceRef of(FundedService s) {
            return new ServiceRef(s.id(), s.name(), s.boroughWide());
        }
    }

    record WardJson(UUID wardId, String ward, List<ServiceRef> services, boolean gap) {
    }

    record NeedJson(UUID needId, String title, Priority priority, GapAnalysis.Coverage coverage,
                    boolean feltBoroughWide, List<ServiceRef> services, List<WardJson> wards) {
    }

    static GapAnalysisJson of(GapAnalyses.CommissionGaps gaps) {
        return new GapAnalysisJson(gaps.commission().id(), gaps.commission().title(), gaps.commission().lead().id(),
                gaps.analysis().needs().stream().map(n -> new NeedJson(n.need().id(), n.need().title(),
                        n.need().priority(), n.coverage(), n.feltBoroughWide(),
                        n.services().stream().map(ServiceRef::of).toList(),
                        n.wards().stream().map(w -> new WardJson(w.ward().id(), w.ward().name(),
                                w.services().stream().map(ServiceRef::of).toList(), w.isGap())).toList())).toList());
    }
}
