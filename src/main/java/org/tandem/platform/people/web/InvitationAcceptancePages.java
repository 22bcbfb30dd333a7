package org.tandem.platform.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
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
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.EmailAddress;
import org.tandem.platform.people.Invitation;
import org.tandem.platform.people.Invitations;
import org.tandem.platform.people.PersonRepository;
import org.tandem.platform.security.CurrentUsers;
import org.tandem.platform.security.PasswordPolicy;

/**
 * The page an invitation email links to (public). What it offers depends on who opens it: someone new to Tandem
 * sets up their account here; someone with an account signs in first and comes back; the invited person, signed in,
 * accepts with one button; anyone else is told the invitation is not theirs.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationAcceptancePages {

    private final Invitations invitations;
    private final PersonRepository people;
    private final CurrentUsers currentUsers;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    InvitationAcceptancePages(Invitations invitations, PersonRepository people, CurrentUsers currentUsers,
                    PasswordPolicy passwordPolicy, Clock clock) {
        this.invitations = invitations;
        this.people = people;
        this.currentUsers = currentUsers;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Invitation> found = invitations.byToken(token);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "platform/invitations/not-found";
        }
        Invitation invitation = found.get();
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        Invitation.Status status = invitation.statusAt(clock.instant());
        if (status == Invitation.Status.ACCEPTED && model.containsAttribute("joined")) {
            return "platform/invitations/joined";
        }
        if (status != Invitation.Status.PENDING) {
            model.addAttribute("status", status.name());
            return "platform/invitations/closed";
        }
        Optional<CurrentUser> user = currentUsers.current(request);
        if (user.isPresent()) {
            if (isFor(invitation, user.get())) {
                return "platform/invitations/accept";
            }
            model.addAttribute("signedInAs", user.get().email());
            return "platform/invitations/not-yours";
        }
        if (people.findByEmail(invitation.email()).isPresent()) {
            // Signing in brings them straight back here to accept.
            requestCache.saveRequest(request, response);
            return "platform/invitations/sign-in-first";
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewMemberForm.blank());
        }
        return "platform/invitations/new-account";
    }

    /** The invited person, signed in, accepts. */
    @PostMapping(params = "accept")
    String accept(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        Optional<CurrentUser> user = currentUsers.current(request);
        Optional<Invitation> invitation = invitations.byToken(token);
        if (user.isEmpty() || invitation.isEmpty()) {
            return show(token, request, response, model);
        }
        try {
            invitations.acceptAs(user.get(), token);
        } catch (ConflictException e) {
            return show(token, request, response, model);
        }
        Invitation accepted = invitation.get();
        redirect.addFlashAttribute("flash", "You have joined " + accepted.organisationName() + " as "
                + accepted.roleWithArticle());
        return "redirect:/o/" + accepted.organisationId();
    }

    /** Someone new to Tandem sets up their account and joins in one step. */
    @PostMapping(params = "!accept")
    String join(@PathVariable String token, @Validated @ModelAttribute("form") NewMemberForm form,
                BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        Optional<Invitation> invitation = invitations.byToken(token);
        if (invitation.isEmpty() || currentUsers.current(request).isPresent()) {
            return show(token, request, response, model);
        }
        // Checked here as well as by the service, so a weak password is reported with any problem with the name.
        if (!errors.hasFieldErrors("password")) {
            String problem = passwordPolicy.problemWith(form.password(), invitation.get().email(), form.displayName());
            if (problem != null) {
                errors.rejectValue("password", "policy", problem);
            }
        }
        if (errors.hasErrors()) {
            return show(token, request, response, model);
        }
        try {
            invitations.acceptAsNewPerson(token, form.displayName(), form.password());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return show(token, request, response, model);
        } catch (ConflictException e) {
            // Accepted, withdrawn or expired meanwhile, or an account was made for the address: the page explains.
            return show(token, request, response, model);
        }
        redirect.addFlashAttribute("joined", true);
        return "redirect:/invitations/" + token;
    }

    private static boolean isFor(Invitation invitation, CurrentUser user) {
        return EmailAddress.key(invitation.email()).equals(EmailAddress.key(user.email()));
    }
}
