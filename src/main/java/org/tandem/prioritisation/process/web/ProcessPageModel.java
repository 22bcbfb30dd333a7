package org.tandem.prioritisation.process.web;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessService;

/** What the officers' and the public page of a process both show: budget, areas, phases, who may take part. */
@Component
class ProcessPageModel {

    private final ProcessService processes;

    ProcessPageModel(ProcessService processes) {
        this.processes = processes;
    }

    void describe(PbProcessView process, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("currentPhase", processes.currentPhase(process).orElse(null));
        model.addAttribute("today", processes.today());
        model.addAttribute("phaseLabels", Arrays.asList(PbPhase.values()));
        model.addAttribute("commission", process.commissionId() == null ? null
                : processes.commission(process.organisationId(), process.commissionId()).orElse(null));
        model.addAttribute("accepted", processes.acceptedProposals(process.organisationId(), process.id()));
    }
}
