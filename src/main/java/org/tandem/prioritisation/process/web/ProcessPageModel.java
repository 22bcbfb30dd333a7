package org.tandem.prioritisation.process.web;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.implementation.ProjectTracking;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalOutcomes;

/**
 * What the officers' and the public page of a process both show: budget, areas, phases, who may take part, the
 * outcomes the fund serves, and whether its funded projects are followed yet.
 */
@Component
class ProcessPageModel {

    private final ProcessService processes;
    private final ProposalOutcomes outcomes;
    private final ProjectTracking tracking;

    ProcessPageModel(ProcessService processes, ProposalOutcomes outcomes, ProjectTracking tracking) {
        this.processes = processes;
        this.outcomes = outcomes;
        this.tracking = tracking;
    }

    void describe(PbProcessView process, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("currentPhase", processes.currentPhase(process).orElse(null));
        model.addAttribute("today", processes.today());
        model.addAttribute("phaseLabels", Arrays.asList(PbPhase.values()));
        model.addAttribute("commission", process.commissionId() == null ? null
                : processes.commission(process.organisationId(), process.commissionId()).orElse(null));
        model.addAttribute("accepted", processes.acceptedProposals(process.organisationId(), process.id()));
        model.addAttribute("served", outcomes.served(process));
        model.addAttribute("projectsTracked", tracking.resultsPublishedAt(process.organisationId(), process.id())
                .isPresent());
    }
}
