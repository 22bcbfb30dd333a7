package org.tandem.outcomes.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.internal.FrameworkReviews;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * A commission's outcomes framework and its versions, the organisation's templates, and starting a framework or a
 * new draft. Everyone in the organisation reads; commissioners and commissioning officers start and change.
 */
@Controller
class FrameworkPages {

    private final FrameworkService frameworks;
    private final FrameworkReviews reviews;
    private final VersionPage versionPage;

    FrameworkPages(FrameworkService frameworks, FrameworkReviews reviews, VersionPage versionPage) {
        this.frameworks = frameworks;
        this.reviews = reviews;
        this.versionPage = versionPage;
    }

    /** The commission's framework, or a page to start one. */
    @GetMapping("/o/{organisationId}/commissions/{commissionId}/outcomes")
    @OrganisationMember
    String commission(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        UUID org = organisation.organisationId();
        CommissionView commission = frameworks.ledCommission(org, commissionId);
        var framework = frameworks.forCommission(org, commissionId);
        if (framework.isPresent()) {
            return "redirect:" + OutcomesPaths.version(org, framework.get().id(), framework.get().latest().number());
        }
        model.addAttribute("commission", commission);
        model.addAttribute("templates", frameworks.templates(org));
        model.addAttribute("canStart", VersionPage.isEditor(organisation));
        model.addAttribute("action", OutcomesPaths.commission(org, commissionId));
        model.addAttribute("backLink", "/o/" + org + "/commissions/" + commissionId);
        return "outcomes/start";
    }

    @PostMapping("/o/{organisationId}/commissions/{commissionId}/outcomes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String start(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                 @RequestParam(required = false) String templateId, RedirectAttributes redirect) {
        UUID template = templateId == null || templateId.isBlank() ? null : FormValues.uuid(templateId);
        if (templateId != null && !templateId.isBlank() && template == null) {
            throw new org.tandem.platform.NotFoundException("Template");
        }
        FrameworkView framework = frameworks.start(Actors.of(user), organisation.organisationId(), commissionId,
                template);
        redirect.addFlashAttribute("flash", "The outcomes framework has been started. Add outcomes to version 1.");
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), framework.id(), 1);
    }

    /** The organisation's frameworks and templates, and its review groups. */
    @GetMapping("/o/{organisationId}/outcomes")
    @OrganisationMember
    String home(CurrentUser.Membership organisation, Model model) {
        UUID org = organisation.organisationId();
        var all = frameworks.all(org);
        model.addAttribute("frameworks", all.stream().filter(f -> !f.isTemplate()).toList());
        model.addAttribute("templates", all.stream().filter(FrameworkView::isTemplate).toList());
        model.addAttribute("groups", reviews.groups(org));
        model.addAttribute("canEdit", VersionPage.isEditor(organisation));
        model.addAttribute("base", OutcomesPaths.home(org));
        return "outcomes/home";
    }

    @GetMapping("/o/{organisationId}/outcomes/{frameworkId}")
    @OrganisationMember
    String framework(CurrentUser.Membership organisation, @PathVariable UUID frameworkId) {
        FrameworkView framework = frameworks.framework(organisation.organisationId(), frameworkId);
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId,
                framework.latest().number());
    }

    @GetMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}")
    @OrganisationMember
    String version(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @PathVariable int versionNumber, Model model) {
        return versionPage.show(user, organisation, frameworkId, versionNumber, model);
    }

    /** A new draft copied from the agreed version, to change an agreed framework. */
    @PostMapping("/o/{organisationId}/outcomes/{frameworkId}/versions")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String redraft(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        FrameworkVersionView draft = frameworks.newDraft(Actors.of(user), organisation.organisationId(), frameworkId,
                note);
        redirect.addFlashAttribute("flash", draft.label() + " has been started as a copy of version "
                + draft.basedOnNumber() + ". Change it, then send it for review.");
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, draft.number());
    }

    @GetMapping("/o/{organisationId}/outcomes/templates/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String templateForm(CurrentUser.Membership organisation, @RequestParam(required = false) String from,
                        @RequestParam(required = false) Integer number, Model model) {
        UUID source = FormValues.uuid(from);
        model.addAttribute("form", new TemplateForm("", "", source == null ? null : source.toString(), number));
        return templateForm(organisation, source, model);
    }

    @PostMapping("/o/{organisationId}/outcomes/templates")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String createTemplate(CurrentUser user, CurrentUser.Membership organisation,
                          @ModelAttribute("form") TemplateForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        UUID source = FormValues.uuid(form.copyFrameworkId());
        try {
            FrameworkView template = frameworks.createTemplate(Actors.of(user), organisation.organisationId(),
                    form.title(), form.purpose(), source, source == null ? null : form.copyNumber());
            redirect.addFlashAttribute("flash", "The template " + template.title() + " has been created");
            return "redirect:" + OutcomesPaths.version(organisation.organisationId(), template.id(), 1);
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return templateForm(organisation, source, model);
        }
    }

    private String templateForm(CurrentUser.Membership organisation, UUID source, Model model) {
        UUID org = organisation.organisationId();
        model.addAttribute("source", source == null ? null : frameworks.framework(org, source));
        model.addAttribute("action", OutcomesPaths.home(org) + "/templates");
        model.addAttribute("backLink", OutcomesPaths.home(org));
        return "outcomes/template-form";
    }
}
