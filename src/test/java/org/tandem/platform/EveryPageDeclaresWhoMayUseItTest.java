package org.tandem.platform;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.platform.security.AccessPolicyInterceptor;
import org.tandem.platform.security.AccessRule;
import org.tandem.platform.security.PublicRoutes;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Tandem route outside {@link PublicRoutes} says who may use it (exactly one access rule), and every organisation
 * route names its organisation {@code {organisationId}}, the variable the access policy reads.
 */
class EveryPageDeclaresWhoMayUseItTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping routes;

    @Test
    void everyRouteHasExactlyOneAccessRuleAndOrganisationRoutesNameTheirOrganisation() {
        List<String> problems = new ArrayList<>();
        routes.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.tandem")) {
                return; // libraries' own routes, such as springdoc's, are refused by the policy's default
            }
            for (String pattern : mapping.getPatternValues()) {
                if (PublicRoutes.matches(pattern)) {
                    continue;
                }
                AccessRule rule = AccessRule.of(handler);
                if (rule instanceof AccessRule.Undeclared(String why)) {
                    problems.add(pattern + ": " + why);
                }
                boolean organisationRule = rule instanceof AccessRule.AnyMember || rule instanceof AccessRule.Roles;
                if (organisationRule && !pattern.contains("{" + AccessPolicyInterceptor.ORGANISATION_VARIABLE + "}")) {
                    problems.add(pattern + ": an organisation rule on a route without {organisationId}");
                }
                if (pattern.startsWith("/o/") && !organisationRule) {
                    problems.add(pattern + ": an organisation page open to people outside the organisation");
                }
            }
        });

        assertThat(problems).isEmpty();
    }
}
