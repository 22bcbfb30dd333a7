package org.tandem.prioritisation.process.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.platform.FormValues;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PbResults;
import org.tandem.prioritisation.process.ProcessService;

/**
 * The public page of a published process, for residents: no sign-in, its budget, phases, who may take part and the
 * proposals going to the vote. Unpublished processes and anything mistyped are not found.
 */
@Controller
@RequestMapping("/public/o/{organisationId}/pb-processes/{processId}")
class PublicProcessPages {

    private final Organisations organisations;
    private final ProcessService processes;
    private final ProcessPageModel pageModel;
    private final PbResults results;

    PublicProcessPages(Organisations organisations, ProcessService processes, ProcessPageModel pageModel,
                       PbResults results) {
        this.organisations = organisations;
        this.processes = processes;
        this.pageModel = pageModel;
        this.results = results;
    }

    @GetMapping
    String show(@PathVariable String organisationId, @PathVariable String processId, Model model) {
        PublicProcess found = PublicProcess.find(organisations, processes, organisationId, processId);
        model.addAttribute("organisation", found.organisation());
        pageModel.describe(found.process(), model);
        model.addAttribute("resultsPath", results.resultsPublished(found.organisation().id(), found.process().id())
                ? PbPaths.publicProcess(found.organisation().id(), found.process().id()) + "/results" : null);
        return "prioritisation/public-process";
    }

    /** A published process and its organisation, from ids typed into an address. */
    record PublicProcess(OrganisationSummary organisation, PbProcessView process) {

        static PublicProcess find(Organisations organisations, ProcessService processes, String organisationId,
                                  String processId) {
            var org = FormValues.uuid(organisationId);
            var id = FormValues.uuid(processId);
            OrganisationSummary organisation = org == null || id == null ? null
                    : organisations.find(org).orElse(null);
            if (organisation == null) {
                throw new NotFoundException("Participatory budgeting process");
            }
            return new PublicProcess(organisation, processes.published(organisation.id(), id));
        }
    }
}
