package org.tandem.platform.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tandem.platform.security.AccessPolicyInterceptor;
import org.tandem.platform.security.CurrentUserArguments;

/** Wires the access policy, the page layout and GOV.UK Frontend's files into Spring MVC. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfig implements WebMvcConfigurer {

    private final AccessPolicyInterceptor accessPolicy;
    private final LayoutInterceptor layout;
    private final CurrentUserArguments currentUserArguments;
    private final String govukFrontend;

    WebConfig(AccessPolicyInterceptor accessPolicy, LayoutInterceptor layout, CurrentUserArguments currentUserArguments,
              @Value("${tandem.govuk-frontend-version}") String govukFrontendVersion) {
        this.accessPolicy = accessPolicy;
        this.layout = layout;
        this.currentUserArguments = currentUserArguments;
        this.govukFrontend = "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion + "/dist/govuk/";
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(accessPolicy);
        registry.addInterceptor(layout);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentUserArguments);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/.
        registry.addResourceHandler("/assets/**").addResourceLocations(govukFrontend + "assets/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic());
        registry.addResourceHandler("/govuk/**").addResourceLocations(govukFrontend)
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic());
    }
}
