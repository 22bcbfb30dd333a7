package org.tandem.prioritisation.implementation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.implementation.FundedProject;
import org.tandem.prioritisation.implementation.ProjectStage;
import org.tandem.prioritisation.implementation.ProjectTracking;
import org.tandem.prioritisation.process.ProposalService;

/**
 * "What happened to the projects you voted for": the public pages of a process's funded projects, with no sign-in,
 * from the day its results are published. Hidden updates are never shown, nor their photos.
 */
@Controller
@RequestMapping("/public/o/{organisationId}/pb-processes/{processId}/projects")
class PublicProjectPages {

    private final PublicProjects finder;
    private final ProjectTracking tracking;
    private final ProposalService proposals;

    PublicProjectPages(PublicProjects finder, ProjectTracking tracking, ProposalService proposals) {
        this.finder = finder;
        this.tracking = tracking;
        this.proposals = proposals;
    }

    @GetMapping
    String list(@PathVariable String organisationId, @PathVariable String processId, Model model) {
        PublicProjects.Found found = finder.find(organisationId, processId);
        UUID org = found.organisation().id();
        List<FundedProject> projects = tracking.publicProjects(org, found.process().id());
        model.addAttribute("organisation", found.organisation());
        model.addAttribute("process", found.process());
        model.addAttribute("funded", projects.stream().filter(p -> p.stage() != ProjectStage.NO_LONGER_FUNDED)
                .toList());
        model.addAttribute("dropped", projects.stream().filter(p -> p.stage() == ProjectStage.NO_LONGER_FUNDED)
                .toList());
        model.addAttribute("stageCounts", tracking.stageCounts(org, found.process().id()));
        model.addAttribute("publishedAt", tracking.resultsPublishedAt(org, found.process().id()).orElse(null));
        model.addAttribute("base", ProjectPaths.publicProjects(org, found.process().id()));
        model.addAttribute("processPath", ProjectPaths.publicProcess(org, found.process().id()));
        return "prioritisation/public-projects";
    }

    @GetMapping("/{projectId}")
    String show(@PathVariable String organisationId, @PathVariable String processId, @PathVariable String projectId,
                Model model) {
        PublicProjects.Found found = finder.find(organisationId, processId);
        UUID org = found.organisation().id();
        ProjectTracking.ProjectPage page = tracking.publicPage(org, found.process().id(),
                PublicProjects.id(projectId, "Funded project"));
        ProposalView proposal = proposals.view(org, found.process().id(), page.project().proposalId());
        model.addAttribute("organisation", found.organisation());
        model.addAttribute("process", page.process());
        model.addAttribute("project", page.project());
        model.addAttribute("proposal", proposal);
        model.addAttribute("updates", page.updates());
        model.addAttribute("district", page.project().districtId() == null ? null
                : page.process().district(page.project().districtId()).orElse(null));
        String base = ProjectPaths.publicProject(org, found.process().id(), page.project().id());
        model.addAttribute("photoBase", base + "/photos/");
        model.addAttribute("backLink", ProjectPaths.publicProjects(org, found.process().id()));
        return "prioritisation/public-project";
    }

    @GetMapping("/{projectId}/photos/{photoId}")
    void photo(@PathVariable String organisationId, @PathVariable String processId, @PathVariable String projectId,
               @PathVariable String photoId, HttpServletResponse response) throws IOException {
        PublicProjects.Found found = finder.find(organisationId, processId);
        PhotoResponses.send(response, tracking.publicPhoto(found.organisation().id(), found.process().id(),
                PublicProjects.id(projectId, "Funded project"), PublicProjects.id(photoId, "Photo")),
                "public, max-age=300");
    }
}
