package org.tandem.platform.people.web;

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
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.AccountService;

/**
 * Forgotten passwords (public): ask for a link by email, then choose a new password from the link. The first step
 * gives the same answer whether or not the address has an account.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetPages {

    private static final String LINK_NOT_VALID = "platform/account/reset-link-not-valid";
    private static final String CHOOSE = "platform/account/choose-password";

    private final AccountService accounts;

    PasswordResetPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String requestForm(Model model) {
        model.addAttribute("form", new EmailForm(""));
        return "platform/account/forgotten-password";
    }

    @PostMapping
    String request(@Validated @ModelAttribute("form") EmailForm form, BindingResult errors,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "platform/account/forgotten-password";
        }
        accounts.requestPasswordReset(form.email().strip());
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/password-reset?sent";
    }

    @GetMapping(params = "sent")
    String sent() {
        return "platform/account/reset-link-sent";
    }

    @GetMapping("/{token}")
    String chooseForm(@PathVariable String token, Model model) {
        if (!accounts.resetLinkValid(token)) {
            return LINK_NOT_VALID;
        }
        model.addAttribute("form", NewPasswordForm.blank());
        model.addAttribute("token", token);
        return CHOOSE;
    }

    @PostMapping("/{token}")
    String choose(@PathVariable String token, @Validated @ModelAttribute("form") NewPasswordForm form,
                  BindingResult errors, Model model) {
        if (!accounts.resetLinkValid(token)) {
            return LINK_NOT_VALID;
        }
        model.addAttribute("token", token);
        if (errors.hasErrors()) {
            return CHOOSE;
        }
        try {
            accounts.resetPassword(token, form.password());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return CHOOSE;
        } catch (ConflictException e) {
            return LINK_NOT_VALID;
        }
        return "redirect:/password-reset/done";
    }

    /** Reached after a reset, which ended every session of the person: nothing here depends on the session. */
    @GetMapping("/done")
    String done() {
        return "platform/account/password-reset-done";
    }
}
