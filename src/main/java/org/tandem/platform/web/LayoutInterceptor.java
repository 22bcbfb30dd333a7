package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NavigationContributor;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.security.CurrentUsers;
import org.tandem.platform.security.OrganisationContext;

/**
 * Gives every page what the shared layout draws: the signed-in person, the organisation being worked in and its
 * navigation links. Pages outside an organisation keep showing the one the person last worked in.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private static final String LAST_ORGANISATION = LayoutInterceptor.class.getName() + ".lastOrganisation";

    private final CurrentUsers currentUsers;
    private final List<NavigationContributor> contributors;

    LayoutInterceptor(CurrentUsers currentUsers, List<NavigationContributor> contributors) {
        this.currentUsers = currentUsers;
        this.contributors = contributors;
    }

    /** A navigation link as drawn, marked active when the page is inside its section. */
    record Link(String label, String href, boolean active) {
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || mav.getView() instanceof RedirectView
                || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentUser user = currentUsers.current(request).orElse(null);
        mav.addObject("currentUser", user);
        // GOV.UK pattern: a page showing form errors starts its title with "Error: ".
        mav.addObject("pageHasErrors", mav.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors()));
        CurrentUser.Membership membership = user == null ? null : organisationShown(request, user);
        mav.addObject("currentOrganisation", membership);
        mav.addObject("navigation", membership == null ? List.of() : links(membership, request.getRequestURI()));
    }

    private CurrentUser.Membership organisationShown(HttpServletRequest request, CurrentUser user) {
        CurrentUser.Membership here = OrganisationContext.of(request);
        HttpSession session = request.getSession(false);
        if (here != null) {
            if (session != null) {
                session.setAttribute(LAST_ORGANISATION, here.organisationId());
            }
            return here;
        }
        Object last = session == null ? null : session.getAttribute(LAST_ORGANISATION);
        if (last instanceof UUID id && user.in(id).isPresent()) {
            return user.in(id).get();
        }
        return user.memberships().isEmpty() ? null : user.memberships().getFirst();
    }

    private List<Link> links(CurrentUser.Membership membership, String path) {
        List<NavigationItem> items = contributors.stream()
                .flatMap(c -> c.itemsFor(membership).stream())
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        // The longest matching link is the active one, so "/o/x" does not light up on "/o/x/people".
        NavigationItem active = items.stream()
                .filter(i -> path.equals(i.href()) || path.startsWith(i.href() + "/"))
                .max(Comparator.comparingInt(i -> i.href().length()))
                .orElse(null);
        return items.stream().map(i -> new Link(i.label(), i.href(), i == active)).toList();
    }
}
