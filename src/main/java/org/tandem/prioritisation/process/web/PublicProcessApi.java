package org.tandem.prioritisation.process.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Organisations;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.process.ProcessService;

/** A published process and the proposals going to its vote, open to everyone without signing in. */
@RestController
@RequestMapping("/public/api/v1/organisations/{organisationId}/pb-processes/{processId}")
@Tag(name = "Public participatory budgeting", description = "Published processes and their accepted proposals")
@SecurityRequirements
class PublicProcessApi {

    private final Organisations organisations;
    private final ProcessService processes;

    PublicProcessApi(Organisations organisations, ProcessService processes) {
        this.organisations = organisations;
        this.processes = processes;
    }

    /** A proposal as the public sees it: never who proposed it. */
    record PublicProposalJson(int number, String title, String description, String location, String ward,
                              String cost, String costReason) {
        static PublicProposalJson of(ProposalView p) {
            return new PublicProposalJson(p.number(), p.title(), p.description(), p.location(), p.ward(),
                    p.cost().plain(), p.costReason());
        }
    }

    record PublicProcessJson(ProcessJson process, List<PublicProposalJson> acceptedProposals) {
    }

    @GetMapping
    @Operation(operationId = "getPublicPbProcess", summary = "A published process with its accepted proposals")
    PublicProcessJson process(@PathVariable String organisationId, @PathVariable String processId) {
        var found = PublicProcessPages.PublicProcess.find(organisations, processes, organisationId, processId);
        return new PublicProcessJson(ProcessJson.of(found.process(),
                processes.ballotSettings(found.process().organisationId(), found.process().id()), processes.today()),
                processes.acceptedProposals(found.organisation().id(), found.process().id()).stream()
                        .map(PublicProposalJson::of).toList());
    }
}
