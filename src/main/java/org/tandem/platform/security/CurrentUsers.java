package org.tandem.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonRepository;

/**
 * Works out who is making a request, once per request. A person whose account was closed since they signed in is
 * signed out here, on whichever node they reach next.
 */
@Component
public class CurrentUsers {

    private static final String ATTRIBUTE = CurrentUsers.class.getName();
    private static final Object NOBODY = new Object();

    private final PersonRepository people;
    private final MembershipRepository memberships;

    CurrentUsers(PersonRepository people, MembershipRepository memberships) {
        this.people = people;
        this.memberships = memberships;
    }

    public Optional<CurrentUser> current(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached == null) {
            cached = load(request);
            request.setAttribute(ATTRIBUTE, cached);
        }
        return cached instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    private Object load(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof TandemPrincipal principal)) {
            return NOBODY;
        }
        Optional<Person> person = people.findById(principal.personId()).filter(Person::active);
        if (person.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return NOBODY;
        }
        Person p = person.get();
        return new CurrentUser(p.id(), p.displayName(), p.email(), memberships.membershipsOf(p.id()));
    }
}
