package org.tandem.platform.people.web;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.Invitation;
import org.tandem.platform.people.Invitations;

/**
 * Inviting people into the organisation by email, and keeping track of the invitations. Administrators invite to
 * any role; commissioners bring in citizens, panel and scrutiny members; provider users bring in their colleagues.
 */
@Controller
@RequestMapping("/o/{organisationId}/invitations")
@RequiresRole({Role.ADMINISTRATOR, Role.COMMISSIONER, Role.PROVIDER_USER})
class InvitationPages {

    private final Invitations invitations;
    private final Clock clock;

    InvitationPages(Invitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("pending", invitations.pendingFor(organisation));
        model.addAttribute("closed", invitations.recentlyClosedFor(organisation));
        model.addAttribute("now", clock.instant());
        model.addAttribute("recentDays", Invitations.RECENT.toDays());
        model.addAttribute("canInvite", !Invitations.invitableBy(organisation).isEmpty());
        model.addAttribute("administrator", organisation.has(Role.ADMINISTRATOR));
        return "platform/people/invitations";
    }

    @GetMapping("/new")
    String inviteForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("form", InvitationForm.blank());
        return form(organisation, model);
    }

    @PostMapping("/new")
    String invite(CurrentUser user, CurrentUser.Membership organisation,
                  @Validated @ModelAttribute("form") InvitationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(organisation, model);
        }
        try {
            Invitation sent = invitations.invite(user, organisation, form.email(), form.chosenRole());
            redirect.addFlashAttribute("flash", "We have sent an invitation to " + sent.email());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, model);
        }
        return "redirect:/o/" + organisation.organisationId() + "/invitations";
    }

    @PostMapping("/{invitationId}/revoke")
    String revoke(CurrentUser.Membership organisation, @PathVariable UUID invitationId, RedirectAttributes redirect) {
        Invitation revoked = invitations.revoke(organisation, invitationId);
        redirect.addFlashAttribute("flash", "The invitation for " + revoked.email() + " has been withdrawn");
        return "redirect:/o/" + organisation.organisationId() + "/invitations";
    }

    private String form(CurrentUser.Membership organisation, Model model) {
        Set<Role> invitable = Invitations.invitableBy(organisation);
        if (invitable.isEmpty()) {
            throw new AccessDeniedException("You cannot invite people to " + organisation.organisationName());
        }
        model.addAttribute("roleChoices", invitable.stream().sorted()
                .map(r -> new Choice(r.name(), r.label(), r.description())).toList());
        return "platform/people/invite";
    }
}
