package org.tandem.outcomes.contributions.web;

import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.contributions.internal.Workshop;
import org.tandem.outcomes.contributions.internal.WorkshopDraft;
import org.tandem.outcomes.contributions.internal.WorkshopMethod;
import org.tandem.outcomes.contributions.internal.Workshops;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.People;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/** Facilitators (commissioners and commissioning officers) record a workshop's outputs as contributions. */
@Controller
@RequestMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}/contributions/workshops")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class WorkshopPages {

    private final VersionAt versions;
    private final ContributionCalls calls;
    private final Workshops workshops;
    private final People people;

    WorkshopPages(VersionAt versions, ContributionCalls calls, Workshops workshops, People people) {
        this.versions = versions;
        this.calls = calls;
        this.workshops = workshops;
        this.people = people;
    }

    @GetMapping("/new")
    String form(CurrentUser.Membership organisation, @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                Model model) {
        VersionAt.Found found = open(organisation, frameworkId, versionNumber);
        model.addAttribute("form", WorkshopForm.blank());
        return page(found, model);
    }

    @PostMapping
    String record(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber, @ModelAttribute("form") WorkshopForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        WorkshopDraft draft = form.draft(errors);
        if (draft == null) {
            return page(found, model);
        }
        try {
            Workshop w = workshops.record(ContributionPages.actor(user), found.organisationId(), found.versionId(),
                    draft);
            redirect.addFlashAttribute("flash", w.title() + " has been recorded, with its outputs as "
                    + "contributions, and added to the commission's co-production record.");
            return "redirect:" + found.base() + "#workshops";
        } catch (RuleViolation e) {
            errors.rejectValue(WorkshopForm.field(e.field()), "rule", e.getMessage());
            return page(found, model);
        }
    }

    private VersionAt.Found open(CurrentUser.Membership organisation, UUID frameworkId, int versionNumber) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        if (calls.call(found.organisationId(), found.versionId()).filter(c -> c.isOpen()
                && found.version().isDraft()).isEmpty()) {
            throw new ConflictException(found.version().label() + " is not open for contributions.");
        }
        return found;
    }

    private String page(VersionAt.Found found, Model model) {
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("commission", found.commission());
        model.addAttribute("methods", Arrays.stream(WorkshopMethod.values())
                .map(m -> new Choice(m.name(), m.label(), m.description())).toList());
        model.addAttribute("peopleChoices", people.of(found.organisationId()).stream()
                .map(p -> new Choice(p.id().toString(), p.displayName(), null)).toList());
        model.addAttribute("action", found.base() + "/workshops");
        model.addAttribute("backLink", found.base());
        return "outcomes/contributions/workshop";
    }
}
