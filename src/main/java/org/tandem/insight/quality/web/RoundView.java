package org.tandem.insight.quality.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.QualityVisits;
import org.tandem.insight.quality.RoundStatus;
import org.tandem.insight.quality.Viewer;
import org.tandem.insight.quality.Visit;

/**
 * The round's page: where it is, its next step, its quality areas and rating guide, the services it visits and the
 * visits. Managers see all of it; an assessor sees the areas and their own visits. Shared by the controllers whose
 * small actions (a step refused, an area moved) show the page again with the problem at the top.
 */
@Component
class RoundView {

    static final String TEMPLATE = "insight/quality/round";

    private final QualityRounds rounds;
    private final QualityVisits visits;

    RoundView(QualityRounds rounds, QualityVisits visits) {
        this.rounds = rounds;
        this.visits = visits;
    }

    String show(Viewer viewer, UUID commissionId, UUID roundId, Model model) {
        QualityRound round = rounds.round(viewer, commissionId, roundId);
        List<FundedService> services = rounds.services(viewer, round);
        List<Visit> roundVisits = visits.visits(viewer, round);
        Map<UUID, String> serviceNames = services.stream().collect(Collectors.toMap(FundedService::id,
                FundedService::name));
        boolean manager = viewer.manages();
        model.addAttribute("commission", rounds.commission(viewer, commissionId));
        model.addAttribute("round", round);
        model.addAttribute("statuses", Arrays.asList(RoundStatus.values()));
        // the timeline's modifier classes contain "__", which a template would read as a preprocessing marker
        model.addAttribute("stageClasses", Arrays.stream(RoundStatus.values()).collect(Collectors.toMap(s -> s,
                s -> s.ordinal() < round.status().ordinal() ? "tandem-timeline__phase--done"
                        : s == round.status() ? "tandem-timeline__phase--current" : "")));
        model.addAttribute("areas", rounds.areas(round));
        model.addAttribute("services", services);
        model.addAttribute("visits", roundVisits);
        model.addAttribute("serviceNames", serviceNames);
        model.addAttribute("visitCounts", roundVisits.stream().collect(Collectors.groupingBy(Visit::serviceId,
                Collectors.counting())));
        model.addAttribute("canManage", manager);
        model.addAttribute("isCommissioner", viewer.isCommissioner());
        model.addAttribute("progress", manager ? rounds.progress(round) : null);
        model.addAttribute("servicesToAdd", manager && round.status().ordinal() <= RoundStatus.VISITING.ordinal()
                ? rounds.servicesToAdd(round) : List.of());
        return TEMPLATE;
    }
}
