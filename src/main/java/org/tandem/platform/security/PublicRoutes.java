package org.tandem.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place that says which routes anyone may use without signing in. Every other route needs a signed-in person
 * and carries an access rule ({@code @SignedIn}, {@code @OrganisationMember} or {@code @RequiresRole}) on its handler.
 * Adding a route here makes it public: the route-authorisation test lists them all.
 */
public final class PublicRoutes {

    public static final List<String> PATTERNS = List.of(
            // the front door and the account journeys that happen before someone can sign in
            "/", "/sign-in", "/signed-out", "/register", "/verify-email", "/verify-email/resend",
            "/password-reset", "/password-reset/*", "/invitations/*",
            // statements every public service publishes
            "/accessibility", "/privacy",
            // pages meant for residents and the public: directories, transparency pages (no sign-in, published data only)
            "/public/**",
            // the API's own description, so integrators can read it before they have an account
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            // load balancers ask whether a node is up
            "/actuator/health", "/actuator/health/**",
            // error pages and static files
            "/error", "/assets/**", "/govuk/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico");

    private static final List<PathPattern> PARSED =
            PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();

    private PublicRoutes() {
    }

    public static boolean matches(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PARSED.stream().anyMatch(p -> p.matches(container));
    }

    public static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return matches(path);
    }
}
