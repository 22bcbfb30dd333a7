package org.tandem.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.people.PersonRepository;

/**
 * Writes every sign-in, failed sign-in and sign-out to the audit log, then sends the person on:
 * after signing in to the page they first asked for (or their home page), after a failure back to the form.
 */
@Component
public class SignInJournal implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    public static final String ENTERED_EMAIL = SignInJournal.class.getName() + ".email";

    private final AuditLog audit;
    private final PersonRepository people;
    private final SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInJournal(AuditLog audit, PersonRepository people) {
        this.audit = audit;
        this.people = people;
        onwards.setDefaultTargetUrl("/home");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        if (auth.getPrincipal() instanceof TandemPrincipal principal) {
            String how = auth.getPrincipal() instanceof SsoAccount ? "single sign-on" : "email and password";
            audit.recordAs(new Actor(principal.personId(), principal.displayName()),
                    AuditEntry.of(null, "sign-in.succeeded", "person", principal.personId(),
                            principal.displayName() + " signed in with " + how));
        }
        onwards.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        String shown = email == null ? "" : email.strip();
        if (shown.length() > 320) {
            shown = shown.substring(0, 320);
        }
        var person = shown.isEmpty() ? java.util.Optional.<org.tandem.platform.people.Person>empty()
                : people.findByEmail(shown);
        String action = exception instanceof LockedException ? "sign-in.blocked" : "sign-in.failed";
        audit.recordAs(Actor.TANDEM, AuditEntry.of(null, action, "person",
                person.map(p -> p.id().toString()).orElse(null),
                (exception instanceof LockedException ? "Sign-in blocked for " : "Failed sign-in for ")
                        + (shown.isEmpty() ? "an empty email address" : shown)));
        HttpSession session = request.getSession();
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
        session.setAttribute(ENTERED_EMAIL, shown);
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof TandemPrincipal principal) {
            audit.recordAs(new Actor(principal.personId(), principal.displayName()),
                    AuditEntry.of(null, "sign-out", "person", principal.personId(),
                            principal.displayName() + " signed out"));
        }
    }
}
