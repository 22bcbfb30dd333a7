package org.tandem.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.tandem.platform.CurrentUser;

/**
 * Lets handlers ask for the {@link CurrentUser} and for the {@link CurrentUser.Membership} of the organisation named
 * in the route (checked by the access policy before the handler runs).
 */
@Component
public class CurrentUserArguments implements HandlerMethodArgumentResolver {

    private final CurrentUsers currentUsers;

    CurrentUserArguments(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class
                || parameter.getParameterType() == CurrentUser.Membership.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (parameter.getParameterType() == CurrentUser.Membership.class) {
            Object membership = request.getAttribute(AccessPolicyInterceptor.MEMBERSHIP_ATTRIBUTE);
            if (membership == null) {
                throw new IllegalStateException("Only organisation routes can ask for the membership: "
                        + parameter.getExecutable());
            }
            return membership;
        }
        return currentUsers.current(request)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
    }
}
