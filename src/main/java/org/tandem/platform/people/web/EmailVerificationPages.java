package org.tandem.platform.people.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.people.AccountService;
import org.tandem.platform.people.EmailAddress;
import org.tandem.platform.people.Person;

/** Confirming an email address from the link in the email, and asking for a new link (both public). */
@Controller
class EmailVerificationPages {

    private final AccountService accounts;

    EmailVerificationPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/verify-email")
    String verify(@RequestParam(required = false) String token, Model model) {
        Optional<Person> person = token == null ? Optional.empty() : accounts.verifyEmail(token);
        if (person.isEmpty()) {
            return "platform/account/verify-link-not-valid";
        }
        model.addAttribute("confirmedEmail", person.get().email());
        return "platform/account/email-confirmed";
    }

    @GetMapping("/verify-email/resend")
    String resendForm(@RequestParam(required = false) String email, Model model) {
        // Only a well-formed address is put back into the page; anything else starts blank.
        model.addAttribute("form", new EmailForm(EmailAddress.problemWith(email) == null ? email.strip() : ""));
        return "platform/account/resend-verification";
    }

    @PostMapping("/verify-email/resend")
    String resend(@Validated @ModelAttribute("form") EmailForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "platform/account/resend-verification";
        }
        accounts.resendVerification(form.email().strip());
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/verify-email/resend?sent";
    }

    /** The same answer whether the address is unknown, already confirmed or waiting, so nobody can probe for accounts. */
    @GetMapping(value = "/verify-email/resend", params = "sent")
    String sent() {
        return "platform/account/verification-sent";
    }
}
