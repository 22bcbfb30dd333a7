package org.tandem.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.outcomes.internal.ReviewGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Once agreed, a version cannot change through any route. Walks every page and API route that names a version,
 * except those that only read it, and sends each a change a commissioner could otherwise make: every one is refused
 * with 409 and the version's outcomes, indicators and reviews are exactly as they were.
 */
class LockedVersionsTest extends OutcomesTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    /** Routes naming a version that only read it: the version, its balance and its downloads. */
    private static final Pattern READS = Pattern.compile(".*\\{versionNumber}(/balance|/framework\\.\\w+)?$");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private FrameworkView framework;
    private OutcomeView outcome;

    @BeforeEach
    void agreedVersion() {
        newCouncilAndCommission();
        framework = start();
        UUID version = framework.latest().id();
        outcome = editing.add(actor(commissioner), council, version, outcome("I have somewhere safe to go"));
        editing.addIndicator(council, version, outcome.id(), indicator("Feel safe", IndicatorKind.OUTCOME));
        editing.addIndicator(council, version, outcome.id(), indicator("Sessions", IndicatorKind.OUTPUT));
        editing.add(actor(commissioner), council, version, outcome("I enjoy learning"));
        ReviewGroup group = group();
        reviews.send(actor(commissioner), council, framework.id(), 1, group.id());
        reviews.decide(actor(citizen), council, framework.id(), 1, ReviewDecision.AGREE, null);
        reviews.decide(actor(panel), council, framework.id(), 1, ReviewDecision.AGREE, null);
        framework = framework(framework.id());
        outcome = published.outcome(council, outcome.id()).orElseThrow();
    }

    @Autowired
    OutcomesFrameworks published;

    @Test
    void noRouteChangesAnAgreedVersion() throws Exception {
        String before = snapshot();
        Map<String, String> values = Map.of("organisationId", council.toString(),
                "frameworkId", framework.id().toString(), "versionNumber", "1", "outcomeId", outcome.id().toString(),
                "indicatorId", outcome.indicators().getFirst().id().toString());
        List<String> tried = new ArrayList<>();
        for (Route route : editingRoutes()) {
            MvcResult result = perform(route, values);
            assertThat(result.getResponse().getStatus()).as(route + " on an agreed version").isEqualTo(409);
            // The page or problem shown is the refusal's message: it says why, and what to do instead.
            assertThat(result.getResolvedException()).as(route + " says why").hasMessageContaining(
                    "Version 1 was agreed on").hasMessageContaining("Start a new draft to change the framework");
            tried.add(route.toString());
        }
        assertThat(tried).as("editing routes tried").hasSizeGreaterThanOrEqualTo(25)
                .contains("PUT /api/v1/organisations/{organisationId}/outcomes-frameworks/{frameworkId}/versions/"
                        + "{versionNumber}/outcomes/{outcomeId}")
                .contains("POST /o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}/outcomes/"
                        + "{outcomeId}/delete");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(framework(framework.id()).latest().status()).isEqualTo(VersionStatus.AGREED);
    }

    record Route(HttpMethod method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /**
     * Every route of the framework's own pages and API naming a version, but the ones that only read it; edit and
     * confirm forms count as editing. Contributions to a version have their locking test of their own.
     */
    private List<Route> editingRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.contains("{versionNumber}") || READS.matcher(pattern).matches()
                        || !entry.getValue().getBeanType().getPackageName().equals("org.tandem.outcomes.web")) {
                    continue;
                }
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, entry.getValue()));
                }
            }
        }
        return routes;
    }

    private MvcResult perform(Route route, Map<String, String> values) throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), expand(route.pattern(), values))
                .with(csrf()).with(as(commissioner));
        if (route.pattern().startsWith("/api/")) {
            request.accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON).content(body(route));
        } else {
            request.accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("ownWords", "Changed after agreement").param("name", "Changed after agreement")
                    .param("kind", "OUTCOME").param("direction", "INCREASE").param("method", "SURVEY")
                    .param("version", "0").param("decision", "AGREE").param("comment", "Changed after agreement");
        }
        return mvc.perform(request).andReturn();
    }

    private String body(Route route) {
        for (var parameter : route.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return switch (parameter.getParameterType().getSimpleName()) {
                    case "OutcomeRequest" -> "{\"ownWords\": \"Changed after agreement\", \"version\": "
                            + outcome.version() + "}";
                    case "IndicatorRequest" -> "{\"name\": \"Changed\", \"direction\": \"INCREASE\", \"kind\": "
                            + "\"OUTCOME\", \"method\": \"SURVEY\", \"version\": "
                            + outcome.indicators().getFirst().version() + "}";
                    case "OutcomeMoveRequest" -> "{\"direction\": \"DOWN\"}";
                    case "VersionTransitionRequest" -> "{\"transition\": \"WITHDRAW\"}";
                    case "ReviewDecisionRequest" -> "{\"decision\": \"OBJECT\", \"comment\": \"Too late\"}";
                    default -> throw new AssertionError("No body for " + route);
                };
            }
        }
        return "{}";
    }

    private static String expand(String pattern, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            assertThat(value).as("a value for " + matcher.group(1) + " in " + pattern).isNotNull();
            matcher.appendReplacement(out, value);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Everything a version holds, as text, so any change at all shows. */
    private String snapshot() {
        UUID version = framework.latest().id();
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String sql : List.of(
                "select * from outcomes_framework_version where id = ?",
                "select * from outcome where version_id = ? order by id",
                "select * from outcome_indicator where version_id = ? order by id",
                "select f.* from outcome_five_way f join outcome o on o.id = f.outcome_id where o.version_id = ?"
                        + " order by f.outcome_id, f.way",
                "select s.* from outcome_shaped_by s join outcome o on o.id = s.outcome_id where o.version_id = ?"
                        + " order by s.outcome_id, s.kind",
                "select * from outcomes_version_review where version_id = ? order by position")) {
            rows.put(sql, jdbc.sql(sql).param(version).query().listOfRows());
        }
        return rows.toString();
    }
}
