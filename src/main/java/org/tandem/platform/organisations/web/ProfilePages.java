package org.tandem.platform.organisations.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.Organisation;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.FormValues;

/** An organisation's profile as its members see it, and its administrators changing it. */
@Controller
@RequestMapping("/o/{organisationId}/profile")
class ProfilePages {

    private final OrganisationService organisations;

    ProfilePages(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @OrganisationMember
    String profile(CurrentUser.Membership organisation, Model model) {
        Organisation profile = organisations.details(organisation.organisationId());
        boolean partnership = profile.kind() == OrganisationKind.PARTNERSHIP;
        model.addAttribute("profile", profile);
        model.addAttribute("areas", profile.areasOfWork().stream().sorted().map(ServiceArea::label).toList());
        model.addAttribute("partnership", partnership);
        model.addAttribute("members", partnership
                ? organisations.partnershipMembers(profile.id()) : List.of());
        model.addAttribute("partnerships", organisations.partnershipsOf(profile.id()));
        model.addAttribute("canChange", organisation.has(Role.ADMINISTRATOR));
        model.addAttribute("canFormPartnership", OrganisationService.mayFormPartnership(organisation));
        return "platform/organisations/profile";
    }

    @GetMapping("/edit")
    @RequiresRole(Role.ADMINISTRATOR)
    String editForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("form", OrganisationForm.of(organisations.details(organisation.organisationId())));
        return form(organisation, model);
    }

    @PostMapping("/edit")
    @RequiresRole(Role.ADMINISTRATOR)
    String edit(CurrentUser.Membership organisation, @Validated @ModelAttribute("form") OrganisationForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Integer version = FormValues.version(form.version());
        if (version == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, model);
        }
        try {
            organisations.update(organisation, version, form.details(organisation.kind()));
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, model);
        } catch (ConflictException e) {
            // What they typed stays in the form, so they can compare it with the saved details and try again.
            errors.reject("conflict", e.getMessage());
            return form(organisation, model);
        }
        redirect.addFlashAttribute("flash", "The organisation's details have been saved");
        return "redirect:/o/" + organisation.organisationId() + "/profile";
    }

    private String form(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("registered", organisation.kind() != OrganisationKind.PARTNERSHIP);
        model.addAttribute("serviceAreas", serviceAreas());
        return "platform/organisations/edit";
    }

    static List<Choice> serviceAreas() {
        return Choice.of(ServiceArea.class, ServiceArea::label);
    }
}
