package org.tandem.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tandem.platform.people.ApiTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach which URL before any handler runs: public routes (see {@link PublicRoutes}) for everyone, everything
 * else for signed-in people only. Finer rules (organisation and role) are enforced by
 * {@link AccessPolicyInterceptor}. CSRF protection stays on for every form and every API call made with a session;
 * API calls made with a personal API token need none (see {@link ApiTokenAuthenticationFilter}), nor do API calls
 * with no credentials at all, which are refused with 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain tandemSecurity(HttpSecurity http, SignInJournal journal, JsonMapper json,
                                       ObjectProvider<ClientRegistrationRepository> sso, SsoPeopleService ssoPeople,
                                       ApiTokens apiTokens) {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        ApiProblems problems = new ApiProblems(json);
        ApiTokenAuthenticationFilter bearerTokens = new ApiTokenAuthenticationFilter(api, apiTokens, problems);
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // Only remember page visits, so signing in returns people to the page they asked for, never to an API call.
        requestCache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), new NegatedRequestMatcher(api)));

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PublicRoutes.PATTERNS.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(journal)
                        .failureHandler(journal))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .addLogoutHandler(journal)
                        .logoutSuccessUrl("/signed-out"))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
                                request -> true)
                        .defaultAccessDeniedHandlerFor(problems, api)
                        // With a single mapping Spring Security would use it for every request; pages get the 403
                        // page, which explains the refusal from the exception kept in the request.
                        .defaultAccessDeniedHandlerFor((request, response, denied) -> {
                            request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
                            response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        }, request -> true))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearerTokens::carriesToken, anonymousCall(api)))
                .addFilterBefore(bearerTokens, CsrfFilter.class)
                .addFilterBefore(new ContentSecurityPolicyFilter(), HeaderWriterFilter.class);

        if (sso.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoPeople))
                    .successHandler(journal)
                    .failureHandler(journal));
        }
        return http.build();
    }

    /**
     * An API call from nobody: CSRF protects a signed-in person's session, and there is none, so the caller is told
     * to authenticate (401) rather than to send a CSRF token (403). Every API route needs authentication.
     */
    private static RequestMatcher anonymousCall(RequestMatcher api) {
        AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
        return request -> api.matches(request)
                && !trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }
}
