package org.tandem.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.platform.people.ApiTokens;

/**
 * Lets programs call the API with a personal API token ({@code Authorization: Bearer <token>}) instead of a browser
 * session. The request then acts as the token's owner, for this request only: nothing is saved in a session. A
 * token that is unknown, revoked, expired or belongs to a closed account is refused outright, never ignored, so a
 * caller is not silently treated as someone else (such as the person whose session cookie is also present).
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final RequestMatcher api;
    private final ApiTokens tokens;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(RequestMatcher api, ApiTokens tokens, ApiProblems problems) {
        this.api = api;
        this.tokens = tokens;
        this.problems = problems;
    }

    /**
     * An API request that carries a bearer token. Such requests need no CSRF token: a browser never adds an
     * Authorization header to a request another site makes it send.
     */
    boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) && api.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
        Optional<ApiTokens.Bearer> bearer = tokens.authenticate(secret);
        if (bearer.isEmpty()) {
            problems.refuseToken(request, response);
            return;
        }
        LocalAccount account = new LocalAccount(bearer.get().personId(), bearer.get().displayName(),
                bearer.get().email());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(account, null, account.getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
