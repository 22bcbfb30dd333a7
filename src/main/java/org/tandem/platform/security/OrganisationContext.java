package org.tandem.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.tandem.platform.CurrentUser;

/** The organisation a request works in, once the access policy has checked the person belongs to it. */
public final class OrganisationContext {

    private OrganisationContext() {
    }

    /** Null outside organisation routes. */
    public static CurrentUser.Membership of(HttpServletRequest request) {
        return (CurrentUser.Membership) request.getAttribute(AccessPolicyInterceptor.MEMBERSHIP_ATTRIBUTE);
    }
}
