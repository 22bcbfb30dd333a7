package org.tandem.prioritisation.implementation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.implementation.FundedProject;
import org.tandem.prioritisation.implementation.ProjectRepository;
import org.tandem.prioritisation.implementation.ProjectStage;
import org.tandem.prioritisation.implementation.ProjectTracking;
import org.tandem.prioritisation.process.ProcessService;

/**
 * The funded projects of a process, for the organisation: everyone in it sees them and their full history;
 * commissioners and commissioning officers post updates, hide them with a reason and say who leads and delivers
 * each project.
 */
@Controller
@RequestMapping("/o/{organisationId}/pb-processes/{processId}/projects")
class ProjectPages {

    private final ProcessService processes;
    private final ProjectTracking tracking;

    ProjectPages(ProcessService processes, ProjectTracking tracking) {
        this.processes = processes;
        this.tracking = tracking;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID processId,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String district,
                @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                Model model) {
        UUID org = organisation.organisationId();
        PbProcessView process = processes.view(org, processId);
        ProjectStage chosen = FormValues.enumValue(ProjectStage.class, stage);
        UUID asked = FormValues.uuid(district);
        UUID area = asked == null ? null : process.district(asked).map(d -> d.id()).orElse(null);
        var order = FormValues.enumValue(ProjectRepository.Sort.class, sort);
        model.addAttribute("process", process);
        model.addAttribute("results", tracking.list(org, processId, new ProjectRepository.Filter(chosen, area), order,
                PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("publishedAt", tracking.resultsPublishedAt(org, processId).orElse(null));
        model.addAttribute("stageCounts", tracking.stageCounts(org, processId));
        model.addAttribute("stage", chosen == null ? "" : chosen.name());
        model.addAttribute("district", area == null ? "" : area.toString());
        model.addAttribute("sort", order == null ? "" : order.name());
        model.addAttribute("stages", Choice.of(ProjectStage.class, ProjectStage::label));
        model.addAttribute("districts", process.districts().stream()
                .map(d -> new Choice(d.id().toString(), d.name(), null)).toList());
        model.addAttribute("sorts", Choice.of(ProjectRepository.Sort.class, ProjectRepository.Sort::label));
        model.addAttribute("canUpdate", canUpdate(organisation));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("stage", chosen);
        filters.put("district", area);
        filters.put("sort", order);
        model.addAttribute("pageBase", ListLinks.base(ProjectPaths.projects(org, processId), filters));
        model.addAttribute("base", ProjectPaths.projects(org, processId));
        model.addAttribute("publicPath", ProjectPaths.publicProjects(org, processId));
        model.addAttribute("backLink", ProjectPaths.process(org, processId));
        return "prioritisation/projects";
    }

    @GetMapping("/{projectId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID processId, @PathVariable UUID projectId,
                Model model) {
        FundedProject project = tracking.view(organisation.organisationId(), processId, projectId);
        model.addAttribute("form", UpdateForm.next(project, processes.today()));
        return page(organisation, processId, projectId, model);
    }

    @PostMapping("/{projectId}/updates")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String post(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                @PathVariable UUID projectId, @Validated @ModelAttribute("form") UpdateForm form,
                BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        UUID org = organisation.organisationId();
        tracking.view(org, processId, projectId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(organisation, processId, projectId, model);
        }
        List<InputStream> opened = new ArrayList<>();
        try {
            List<ProjectTracking.PhotoUpload> photos = new ArrayList<>();
            for (UpdateForm.Slot slot : form.photos()) {
                InputStream content = slot.file().getInputStream();
                opened.add(content);
                photos.add(new ProjectTracking.PhotoUpload(slot.number(), slot.file().getOriginalFilename(), content,
                        slot.altText()));
            }
            tracking.post(new Actor(user.personId(), user.displayName()), org, processId, projectId, form.version(),
                    form.happenedOn(), form.change(), photos);
            redirect.addFlashAttribute("flash", "Your update has been posted");
            return "redirect:" + ProjectPaths.project(org, processId, projectId) + "#updates";
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String field = UpdateForm.field(e.field());
            if (field == null) {
                errors.reject("rule", e.getMessage());
            } else {
                errors.rejectValue(field, "rule", photoNumbered(field, e.getMessage()));
            }
            return page(organisation, processId, projectId, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return page(organisation, processId, projectId, model);
        } finally {
            for (InputStream in : opened) {
                in.close();
            }
        }
    }

    @PostMapping("/{projectId}/updates/{updateId}/hide")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String hide(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                @PathVariable UUID projectId, @PathVariable UUID updateId,
                @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        UUID org = organisation.organisationId();
        FundedProject project = tracking.view(org, processId, projectId);
        try {
            tracking.hide(org, processId, projectId, updateId, user.displayName(), reason);
            redirect.addFlashAttribute("flash", "The update has been hidden from the public pages");
            return "redirect:" + ProjectPaths.project(org, processId, projectId) + "#updates";
        } catch (RuleViolation | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", UpdateForm.next(project, processes.today()));
            model.addAttribute("hideError", e.getMessage());
            model.addAttribute("hiding", updateId);
            return page(organisation, processId, projectId, model);
        }
    }

    @PostMapping("/{projectId}/details")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String details(CurrentUser.Membership organisation, @PathVariable UUID processId, @PathVariable UUID projectId,
                   @RequestParam(required = false) String leadOfficer,
                   @RequestParam(required = false) String deliveredBy, @RequestParam(required = false) String version,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UUID org = organisation.organisationId();
        FundedProject project = tracking.view(org, processId, projectId);
        try {
            Integer read = FormValues.version(version);
            if (read == null) {
                throw new RuleViolation(null, "The form was incomplete. Reload the page and try again.");
            }
            tracking.changeDetails(org, processId, projectId, read, leadOfficer, deliveredBy);
            redirect.addFlashAttribute("flash", "Who leads and delivers the project has been saved");
            return "redirect:" + ProjectPaths.project(org, processId, projectId);
        } catch (RuleViolation | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", UpdateForm.next(project, processes.today()));
            model.addAttribute("detailsError", e.getMessage());
            model.addAttribute("leadOfficer", leadOfficer);
            model.addAttribute("deliveredBy", deliveredBy);
            return page(organisation, processId, projectId, model);
        }
    }

    @GetMapping("/{projectId}/photos/{photoId}")
    @OrganisationMember
    void photo(CurrentUser.Membership organisation, @PathVariable UUID processId, @PathVariable UUID projectId,
               @PathVariable UUID photoId, HttpServletResponse response) throws IOException {
        PhotoResponses.send(response, tracking.photo(organisation.organisationId(), processId, projectId, photoId),
                "private, no-store");
    }

    private static String photoNumbered(String field, String message) {
        return field.startsWith("photo") ? "Photo " + field.substring(5) + ": " + message : message;
    }

    private String page(CurrentUser.Membership organisation, UUID processId, UUID projectId, Model model) {
        UUID org = organisation.organisationId();
        ProjectTracking.ProjectPage page = tracking.page(org, processId, projectId);
        model.addAttribute("process", page.process());
        model.addAttribute("project", page.project());
        model.addAttribute("updates", page.updates());
        model.addAttribute("district", page.project().districtId() == null ? null
                : page.process().district(page.project().districtId()).orElse(null));
        model.addAttribute("canUpdate", canUpdate(organisation));
        model.addAttribute("stages", Choice.of(ProjectStage.class, ProjectStage::label));
        model.addAttribute("maxPhotos", ProjectTracking.MAX_PHOTOS);
        if (!model.containsAttribute("leadOfficer")) {
            model.addAttribute("leadOfficer", page.project().leadOfficer());
            model.addAttribute("deliveredBy", page.project().deliveredBy());
        }
        String base = ProjectPaths.project(org, processId, projectId);
        model.addAttribute("base", base);
        model.addAttribute("photoBase", base + "/photos/");
        model.addAttribute("publicPath", ProjectPaths.publicProject(org, processId, projectId));
        model.addAttribute("backLink", ProjectPaths.projects(org, processId));
        return "prioritisation/project";
    }

    private static boolean canUpdate(CurrentUser.Membership organisation) {
        return organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }
}
