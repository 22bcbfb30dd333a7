package org.tandem.platform.organisations.web;

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
import org.tandem.platform.RuleViolation;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.security.PasswordPolicy;

/**
 * Providers registering themselves (public). The person registering must confirm their email address before they
 * can sign in, so the page ends by telling them to check their email.
 */
@Controller
@RequestMapping("/register")
class RegistrationPages {

    private final OrganisationService organisations;
    private final PasswordPolicy passwordPolicy;

    RegistrationPages(OrganisationService organisations, PasswordPolicy passwordPolicy) {
        this.organisations = organisations;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.blank());
        return page(model);
    }

    @PostMapping
    String register(@Validated @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        // Checked here as well as by the service, so a weak password is reported with every other problem at once.
        if (!errors.hasFieldErrors("password")) {
            String problem = passwordPolicy.problemWith(form.password(), form.email(), form.yourName());
            if (problem != null) {
                errors.rejectValue("password", "policy", problem);
            }
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            organisations.registerProvider(form.details(), form.yourName(), form.email(), form.password());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return page(model);
        }
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/register?sent";
    }

    /** The same answer whether or not the address already had an account (see the service). */
    @GetMapping(params = "sent")
    String sent() {
        return "platform/registration/check-your-email";
    }

    private static String page(Model model) {
        model.addAttribute("serviceAreas", Choice.of(ServiceArea.class, ServiceArea::label));
        return "platform/registration/register";
    }
}
