package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.platform.security.CurrentUsers;
import org.tandem.platform.security.EmailNotVerifiedException;
import org.tandem.platform.security.SignInJournal;

/** The sign-in page: email and password, and a button per configured single sign-on provider. */
@Controller
class SignInController {

    /** A single sign-on provider as offered on the page. */
    record SsoOption(String label, String href) {
    }

    private final ObjectProvider<InMemoryClientRegistrationRepository> registrations;
    private final CurrentUsers currentUsers;

    SignInController(ObjectProvider<InMemoryClientRegistrationRepository> registrations, CurrentUsers currentUsers) {
        this.registrations = registrations;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        if (currentUsers.current(request).isPresent()) {
            return "redirect:/home";
        }
        HttpSession session = request.getSession(false);
        if (session != null && request.getParameter("error") != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("email", session.getAttribute(SignInJournal.ENTERED_EMAIL));
            model.addAttribute("problem", explain(failure));
            model.addAttribute("unverified", failure instanceof EmailNotVerifiedException);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(SignInJournal.ENTERED_EMAIL);
        }
        List<SsoOption> sso = new ArrayList<>();
        InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            for (ClientRegistration registration : repository) {
                sso.add(new SsoOption(registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        model.addAttribute("ssoOptions", sso);
        return "platform/sign-in";
    }

    private static String explain(Object failure) {
        if (failure instanceof LockedException locked) {
            return locked.getMessage();
        }
        if (failure instanceof EmailNotVerifiedException) {
            return "Confirm your email address before you sign in. We sent you a link when you registered.";
        }
        if (failure instanceof DisabledException disabled) {
            return disabled.getMessage();
        }
        if (failure instanceof OAuth2AuthenticationException sso && sso.getError().getDescription() != null) {
            return sso.getError().getDescription();
        }
        if (failure instanceof BadCredentialsException || failure == null) {
            return "Enter a correct email address and password. After 5 wrong attempts you will have to wait 15 minutes.";
        }
        return "Sign-in did not work. Try again.";
    }
}
