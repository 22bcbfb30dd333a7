package org.tandem.platform.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.SignedIn;
import org.tandem.platform.people.AccountService;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonRepository;

/** Your own account: your details, your organisations, your recent sign-ins, your name and your password. */
@Controller
@RequestMapping("/account")
@SignedIn
class AccountPages {

    private static final int RECENT_SIGN_INS = 10;

    private final AccountService accounts;
    private final PersonRepository people;
    private final SignInHistory signIns;

    AccountPages(AccountService accounts, PersonRepository people, SignInHistory signIns) {
        this.accounts = accounts;
        this.people = people;
        this.signIns = signIns;
    }

    @GetMapping
    String account(CurrentUser user, Model model) {
        model.addAttribute("person", people.findById(user.personId()).orElseThrow());
        model.addAttribute("memberships", user.memberships());
        model.addAttribute("signIns", signIns.recent(user.personId(), RECENT_SIGN_INS));
        return "platform/account/account";
    }

    @GetMapping("/name")
    String nameForm(CurrentUser user, Model model) {
        Person person = people.findById(user.personId()).orElseThrow();
        model.addAttribute("form", new NameForm(person.displayName(), person.version()));
        return namePage(model);
    }

    @PostMapping("/name")
    String rename(CurrentUser user, @Validated @ModelAttribute("form") NameForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return namePage(model);
        }
        try {
            accounts.rename(user.personId(), form.version(), form.displayName());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return namePage(model);
        } catch (ConflictException e) {
            errors.reject("conflict", e.getMessage());
            return namePage(model);
        }
        redirect.addFlashAttribute("flash", "Your name has been changed to " + form.displayName().strip());
        return "redirect:/account";
    }

    @GetMapping("/password")
    String passwordForm(CurrentUser user, Model model) {
        model.addAttribute("form", ChangePasswordForm.blank());
        return passwordPage(user, model);
    }

    @PostMapping("/password")
    String changePassword(CurrentUser user, @Validated @ModelAttribute("form") ChangePasswordForm form,
                          BindingResult errors, HttpServletRequest request, Model model,
                          RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return passwordPage(user, model);
        }
        HttpSession session = request.getSession(false);
        try {
            accounts.changePassword(user.personId(), form.currentPassword(), form.password(),
                    session == null ? null : session.getId());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return passwordPage(user, model);
        }
        redirect.addFlashAttribute("flash", "Your password has been changed. You have been signed out everywhere else.");
        return "redirect:/account";
    }

    /** Where the layout's "Switch organisation" link goes. */
    @GetMapping("/organisations")
    String organisations(CurrentUser user, Model model) {
        model.addAttribute("memberships", user.memberships());
        return "platform/account/organisations";
    }

    private static String namePage(Model model) {
        model.addAttribute("backLink", "/account");
        return "platform/account/change-name";
    }

    private String passwordPage(CurrentUser user, Model model) {
        model.addAttribute("backLink", "/account");
        model.addAttribute("hasPassword", people.findById(user.personId()).map(Person::hasPassword).orElse(false));
        return "platform/account/change-password";
    }
}
