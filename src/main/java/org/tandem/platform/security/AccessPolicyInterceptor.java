package org.tandem.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Enforces each route's access rule before its handler runs. Deny by default: a non-public route that declares no
 * rule is refused to everyone. For organisation routes the organisation comes from the {@code {organisationId}} in
 * the path; someone outside it gets 404 (the organisation's pages do not exist for them), a member without the
 * needed role gets 403.
 */
@Component
public class AccessPolicyInterceptor implements HandlerInterceptor {

    public static final String ORGANISATION_VARIABLE = "organisationId";
    static final String MEMBERSHIP_ATTRIBUTE = AccessPolicyInterceptor.class.getName() + ".membership";
    private static final Logger log = LoggerFactory.getLogger(AccessPolicyInterceptor.class);

    private final CurrentUsers currentUsers;

    AccessPolicyInterceptor(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || PublicRoutes.matches(request)) {
            return true;
        }
        AccessRule rule = AccessRule.of(method);
        if (rule instanceof AccessRule.Undeclared undeclared) {
            log.error("Refused {} {}: {} on {}", request.getMethod(), request.getRequestURI(), undeclared.why(),
                    method.getShortLogMessage());
            throw new AccessDeniedException("This page is not available");
        }
        CurrentUser user = currentUsers.current(request)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
        if (rule instanceof AccessRule.AnySignedIn) {
            return true;
        }
        CurrentUser.Membership membership = user.in(organisationOf(request))
                .orElseThrow(() -> new NotFoundException("Organisation"));
        if (rule instanceof AccessRule.Roles(var roles) && roles.stream().noneMatch(membership.roles()::contains)) {
            throw new AccessDeniedException("Only a " + roles.stream().map(Role::label)
                    .collect(Collectors.joining(" or ")).toLowerCase() + " of " + membership.organisationName()
                    + " can do this");
        }
        request.setAttribute(MEMBERSHIP_ATTRIBUTE, membership);
        return true;
    }

    private static UUID organisationOf(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables == null ? null : variables.get(ORGANISATION_VARIABLE);
        if (value == null) {
            throw new AccessDeniedException("This page is not available");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Organisation");
        }
    }
}
