package org.tandem.commissions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.commissions.ChecklistItem;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.Phase;
import org.tandem.commissions.internal.ChecklistTick;
import org.tandem.commissions.internal.CommissionRepository;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.commissions.internal.PhaseChange;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.FormValues;

/** The commission pages: the list, starting one, its page with the phase timeline and checklist, and editing. */
@Controller
@RequestMapping("/o/{organisationId}/commissions")
class CommissionPages {

    private final CommissionService commissions;
    private final List<CommissionSections> sections;

    CommissionPages(CommissionService commissions, List<CommissionSections> sections) {
        this.commissions = commissions;
        this.sections = sections;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @RequestParam(required = false) String q,
                @RequestParam(required = false) String phase, @RequestParam(required = false) String level,
                @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                Model model) {
        Phase phaseFilter = FormValues.enumValue(Phase.class, phase);
        CommissioningLevel levelFilter = FormValues.enumValue(CommissioningLevel.class, level);
        CommissionRepository.Sort order = FormValues.enumValue(CommissionRepository.Sort.class, sort);
        ResultPage<CommissionView> results = commissions.list(organisation,
                new CommissionRepository.Filter(q, phaseFilter, levelFilter),
                order == null ? CommissionRepository.Sort.TITLE : order, PageRequest.of(page, 25));
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("phase", phaseFilter == null ? null : phaseFilter.name());
        model.addAttribute("level", levelFilter == null ? null : levelFilter.name());
        model.addAttribute("sort", order == null ? "TITLE" : order.name());
        model.addAttribute("phases", Choice.of(Phase.class, Phase::label));
        model.addAttribute("levels", Choice.of(CommissioningLevel.class, CommissioningLevel::label));
        model.addAttribute("sorts", List.of(new Choice("TITLE", "Title", null), new Choice("STARTS", "Start date", null),
                new Choice("BUDGET", "Budget", null), new Choice("PHASE", "Phase", null),
                new Choice("NEWEST", "Most recently started", null)));
        model.addAttribute("pageBase", UriComponentsBuilder.fromPath("/o/" + organisation.organisationId()
                        + "/commissions").queryParamIfPresent("q", java.util.Optional.ofNullable(q))
                .queryParamIfPresent("phase", java.util.Optional.ofNullable(phaseFilter))
                .queryParamIfPresent("level", java.util.Optional.ofNullable(levelFilter))
                .queryParamIfPresent("sort", java.util.Optional.ofNullable(order)).build().encode().toUriString()
                + (q == null && phaseFilter == null && levelFilter == null && order == null ? "?" : "&"));
        model.addAttribute("canStart", organisation.has(Role.COMMISSIONER));
        return "commissions/list";
    }

    @GetMapping("/new")
    @RequiresRole(Role.COMMISSIONER)
    String startForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("form", CommissionForm.blank());
        return form(organisation, null, model);
    }

    @PostMapping
    @RequiresRole(Role.COMMISSIONER)
    String start(CurrentUser user, CurrentUser.Membership organisation,
                 @Validated @ModelAttribute("form") CommissionForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(organisation, null, model);
        }
        try {
            CommissionView created = commissions.create(user, organisation, form.toDraft());
            redirect.addFlashAttribute("flash", created.title() + " has started in the Insight phase");
            return "redirect:/o/" + organisation.organisationId() + "/commissions/" + created.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, null, model);
        }
    }

    @GetMapping("/{commissionId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        CommissionView commission = commissions.view(organisation, commissionId);
        List<PhaseChange> history = commissions.history(organisation, commissionId);
        Map<ChecklistItem, ChecklistTick> ticks = commissions.checklist(organisation, commissionId);
        model.addAttribute("commission", commission);
        model.addAttribute("history", history);
        model.addAttribute("timeline", Timeline.of(commission.phase(), history));
        model.addAttribute("checklist", ChecklistView.of(ticks));
        boolean lead = commission.ledBy(organisation.organisationId());
        model.addAttribute("canEdit", lead && organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER));
        model.addAttribute("canStepBack", lead && organisation.has(Role.COMMISSIONER) && commission.phase().hasPrevious());
        model.addAttribute("phases", Arrays.asList(Phase.values()));
        model.addAttribute("sections", sections.stream()
                .flatMap(s -> s.sectionsFor(commission, organisation).stream())
                .sorted(java.util.Comparator.comparingInt(CommissionSection::order)).toList());
        return "commissions/show";
    }

    @GetMapping("/{commissionId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        CommissionView commission = commissions.view(organisation, commissionId);
        model.addAttribute("form", CommissionForm.of(commission));
        return form(organisation, commission, model);
    }

    @PostMapping("/{commissionId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String edit(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @Validated @ModelAttribute("form") CommissionForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = commissions.view(organisation, commissionId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, commission, model);
        }
        try {
            CommissionView saved = commissions.update(organisation, commissionId, form.version(), form.toDraft());
            redirect.addFlashAttribute("flash", "Your changes to " + saved.title() + " have been saved");
            return "redirect:/o/" + organisation.organisationId() + "/commissions/" + commissionId;
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, commission, model);
        } catch (ConflictException e) {
            // Keep what they typed so they can compare it with the latest version and save again.
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, commission, model);
        }
    }

    @PostMapping("/{commissionId}/phase")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String movePhase(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String reason,
                     @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        Phase target = FormValues.enumValue(Phase.class, to);
        try {
            if (version == null) {
                throw new RuleViolation("to", "The form was incomplete. Reload the page and try again.");
            }
            CommissionView moved = commissions.movePhase(user, organisation, commissionId, version, target, reason);
            redirect.addFlashAttribute("flash", moved.title() + " is now in the " + moved.phase().label() + " phase");
            return "redirect:/o/" + organisation.organisationId() + "/commissions/" + commissionId;
        } catch (RuleViolation e) {
            model.addAttribute("phaseError", e.getMessage());
            model.addAttribute("phaseErrorField", e.field());
            model.addAttribute("reason", reason);
            return show(organisation, commissionId, model);
        } catch (ConflictException e) {
            // Show the page as it is now, with the reason the move did not happen.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("phaseError", e.getMessage());
            model.addAttribute("phaseErrorField", "to");
            return show(organisation, commissionId, model);
        }
    }

    @PostMapping("/{commissionId}/checklist/{item}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String tick(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable String item, @RequestParam(defaultValue = "true") boolean done,
                @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            commissions.tick(user, organisation, commissionId, item, done, note);
        } catch (RuleViolation e) {
            model.addAttribute("checklistError", e.getMessage());
            return show(organisation, commissionId, model);
        }
        redirect.addFlashAttribute("flash", done ? "Marked as done" : "Marked as not done");
        return "redirect:/o/" + organisation.organisationId() + "/commissions/" + commissionId + "#checklist";
    }

    private String form(CurrentUser.Membership organisation, CommissionView commission, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("serviceAreas", Choice.of(ServiceArea.class, ServiceArea::label));
        model.addAttribute("levels", Arrays.stream(CommissioningLevel.values())
                .map(l -> new Choice(l.name(), l.label(), l.description())).toList());
        model.addAttribute("partners", commissions.possiblePartners(organisation).stream()
                .map(o -> new Choice(o.id().toString(), o.name(), o.kind().label())).toList());
        return "commissions/form";
    }
}
