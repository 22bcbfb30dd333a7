package org.tandem.platform.organisations.web;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.Choice;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.organisations.PartnershipMember;

/**
 * Partnerships (SPEC §1, seed 004): a commissioning body forms one with itself as lead, and the partnership's
 * administrators choose its members and which of them leads.
 */
@Controller
@RequestMapping("/o/{organisationId}")
class PartnershipPages {

    private final OrganisationService organisations;

    PartnershipPages(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/partnerships/new")
    @RequiresRole({Role.ADMINISTRATOR, Role.COMMISSIONER})
    String newPartnership(CurrentUser.Membership organisation, Model model) {
        requireMayForm(organisation);
        model.addAttribute("form", OrganisationForm.blank());
        return partnershipForm(model);
    }

    @PostMapping("/partnerships/new")
    @RequiresRole({Role.ADMINISTRATOR, Role.COMMISSIONER})
    String formPartnership(CurrentUser user, CurrentUser.Membership organisation,
                           @Validated @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                           Model model, RedirectAttributes redirect) {
        requireMayForm(organisation);
        if (errors.hasErrors()) {
            return partnershipForm(model);
        }
        OrganisationDetails details = form.details(OrganisationKind.PARTNERSHIP);
        try {
            UUID partnershipId = organisations.createPartnership(user, organisation, details);
            redirect.addFlashAttribute("flash", "You have formed " + details.name() + ", led by "
                    + organisation.organisationName() + ". You are its administrator.");
            return "redirect:/o/" + partnershipId + "/profile";
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return partnershipForm(model);
        }
    }

    @GetMapping("/members")
    @RequiresRole(Role.ADMINISTRATOR)
    String members(CurrentUser.Membership partnership, Model model) {
        requirePartnership(partnership);
        model.addAttribute("form", MemberForm.blank());
        return membersPage(partnership, model);
    }

    @PostMapping("/members")
    @RequiresRole(Role.ADMINISTRATOR)
    String addMember(CurrentUser.Membership partnership, @Validated @ModelAttribute("form") MemberForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        requirePartnership(partnership);
        if (errors.hasErrors()) {
            return membersPage(partnership, model);
        }
        try {
            organisations.addPartnershipMember(partnership, form.memberOrganisation());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return membersPage(partnership, model);
        }
        redirect.addFlashAttribute("flash", nameOf(partnership, form.memberOrganisation()) + " has joined "
                + partnership.organisationName());
        return "redirect:/o/" + partnership.organisationId() + "/members";
    }

    @PostMapping("/members/{memberId}/lead")
    @RequiresRole(Role.ADMINISTRATOR)
    String makeLead(CurrentUser.Membership partnership, @PathVariable UUID memberId, RedirectAttributes redirect) {
        PartnershipMember member = member(partnership, memberId);
        organisations.makeLead(partnership, memberId);
        redirect.addFlashAttribute("flash", member.organisation().name() + " now leads "
                + partnership.organisationName());
        return "redirect:/o/" + partnership.organisationId() + "/members";
    }

    /** Asks before removing, or explains why the lead cannot be removed. */
    @GetMapping("/members/{memberId}/remove")
    @RequiresRole(Role.ADMINISTRATOR)
    String confirmRemoval(CurrentUser.Membership partnership, @PathVariable UUID memberId, Model model) {
        model.addAttribute("member", member(partnership, memberId));
        return "platform/organisations/member-remove";
    }

    @PostMapping("/members/{memberId}/remove")
    @RequiresRole(Role.ADMINISTRATOR)
    String remove(CurrentUser.Membership partnership, @PathVariable UUID memberId, Model model,
                  RedirectAttributes redirect) {
        PartnershipMember member = member(partnership, memberId);
        try {
            organisations.removePartnershipMember(partnership, memberId);
        } catch (RuleViolation e) {
            return refused(partnership, e.getMessage(), model);
        }
        redirect.addFlashAttribute("flash", member.organisation().name() + " is no longer a member of "
                + partnership.organisationName());
        return "redirect:/o/" + partnership.organisationId() + "/members";
    }

    /** The members page again, with the reason the change was refused in its error summary. */
    private String refused(CurrentUser.Membership partnership, String reason, Model model) {
        MemberForm form = MemberForm.blank();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        errors.reject("rule", reason);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return membersPage(partnership, model);
    }

    private String membersPage(CurrentUser.Membership partnership, Model model) {
        model.addAttribute("members", organisations.partnershipMembers(partnership.organisationId()));
        model.addAttribute("candidates", organisations.candidateMembers(partnership.organisationId()).stream()
                .map(o -> new Choice(o.id().toString(), o.name() + " (" + o.kind().label().toLowerCase() + ")", null))
                .toList());
        return "platform/organisations/members";
    }

    private String partnershipForm(Model model) {
        model.addAttribute("serviceAreas", ProfilePages.serviceAreas());
        return "platform/organisations/partnership-new";
    }

    private PartnershipMember member(CurrentUser.Membership partnership, UUID memberId) {
        requirePartnership(partnership);
        return organisations.partnershipMembers(partnership.organisationId()).stream()
                .filter(m -> m.organisation().id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Partnership member"));
    }

    private String nameOf(CurrentUser.Membership partnership, UUID memberId) {
        return member(partnership, memberId).organisation().name();
    }

    private static void requirePartnership(CurrentUser.Membership organisation) {
        if (organisation.kind() != OrganisationKind.PARTNERSHIP) {
            throw new NotFoundException("Partnership");
        }
    }

    private static void requireMayForm(CurrentUser.Membership organisation) {
        if (!OrganisationService.mayFormPartnership(organisation)) {
            throw new AccessDeniedException("Partnerships are formed by commissioning bodies. Form one from the "
                    + "council or NHS body that will lead it.");
        }
    }
}
