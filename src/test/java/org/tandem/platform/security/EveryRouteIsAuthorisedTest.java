package org.tandem.platform.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.platform.Role;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route Tandem registers, page and API, and proves that nobody gets in who should not: anonymous
 * visitors, members of the organisation without the role the route needs, and people of another organisation
 * (holding every role there) are all refused. Routes open to everyone must be declared in {@link PublicRoutes}.
 * A new route with an unfamiliar path variable fails here until a sample value is added below.
 */
class EveryRouteIsAuthorisedTest extends IntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    /** People of the demo council, each holding one role, to play "the wrong role". */
    private static final Map<Role, String> COUNCIL_PEOPLE_BY_ROLE = Map.of(
            Role.ADMINISTRATOR, Demo.ADMIN, Role.COMMISSIONER, Demo.COMMISSIONER,
            Role.COMMISSIONING_OFFICER, Demo.OFFICER, Role.FINANCE_OFFICER, Demo.FINANCE,
            Role.CITIZEN_CO_PRODUCER, Demo.CITIZEN, Role.PANEL_MEMBER, Demo.PANEL, Role.SCRUTINY_MEMBER, Demo.SCRUTINY);

    /**
     * A valid body for each kind of API request, so a refusal is proven for a request that would otherwise succeed
     * (an invalid body could be refused for being invalid, which would prove nothing).
     */
    private static final Map<String, String> VALID_BODIES = Map.ofEntries(
            entry("CommissionRequest", """
                    {"title": "Route test", "serviceArea": "CARERS", "level": "OPERATIONAL", "budget": "1000.00",
                     "startsOn": "2027-04-01", "endsOn": "2028-03-31", "partnerIds": [], "version": 0}"""),
            entry("PhaseChangeRequest", """
                    {"to": "PLANNING", "version": 0}"""),
            entry("ChecklistTickRequest", """
                    {"done": true, "note": "Route test"}"""),
            entry("OrganisationRequest", """
                    {"name": "Route test organisation", "areasOfWork": ["CARERS"], "version": 0}"""),
            entry("RolesRequest", """
                    {"roles": ["PANEL_MEMBER"]}"""),
            entry("InvitationRequest", """
                    {"email": "route.test@example.org", "role": "PANEL_MEMBER"}"""),
            entry("FundedServiceRequest", """
                    {"name": "Route test", "providerName": "Anyone", "clientGroup": "ADULTS", "boroughWide": true,
                     "funding": [{"source": "NHS", "annualAmount": "10.00"}], "version": 0}"""),
            entry("AssetRequest", """
                    {"type": "PHYSICAL", "name": "Route test hall", "offers": "A hall", "version": 0}"""),
            entry("PublicationRequest", """
                    {"published": true, "version": 0}"""),
            entry("PledgeReviewRequest", """
                    {"decision": "ADD", "version": 0}"""),
            entry("WardRequest", """
                    {"code": "RT01", "name": "Route test ward", "version": 0}"""),
            entry("ActivityRequest", """
                    {"heldOn": "2026-07-15", "phase": "INSIGHT", "method": "WORKSHOP", "title": "Route test",
                     "purpose": "Route test", "participants": {"PERSON_USING_SERVICES": 5}, "rung": "CONSULTING",
                     "modes": ["CO_DESIGN"], "level": "MACRO", "version": 0}"""),
            entry("MatrixConfirmationRequest", """
                    {"model": "TRADITIONAL", "reason": "Route test"}"""),
            entry("QualityRoundRequest", """
                    {"title": "Route test round", "visitsFrom": "2026-10-01", "visitsUntil": "2026-12-18",
                     "version": 0}"""),
            entry("RoundStepRequest", """
                    {"transition": "CLOSE", "version": 0}"""),
            entry("QualityAreaRequest", """
                    {"name": "Route test area", "greenGuide": "g", "amberGuide": "a", "redGuide": "r"}"""),
            entry("AreaMoveRequest", """
                    {"direction": "UP"}"""),
            entry("VisitPlanRequest", """
                    {"serviceId": "00000000-0000-0000-0000-000000000001", "visitDate": "2026-10-08",
                     "assessorIds": ["00000000-0000-0000-0000-000000000002"], "version": 0}"""),
            entry("VisitRatingsRequest", """
                    {"version": 0, "ratings": []}"""),
            entry("VisitReopenRequest", """
                    {"reason": "Route test", "version": 0}"""),
            entry("QualityDecisionRequest", """
                    {"rating": "GREEN"}"""),
            entry("ProviderResponseRequest", """
                    {"body": "Route test"}"""),
            entry("EvidenceItemRequest", """
                    {"title": "Route test", "method": "FOCUS_GROUP", "gatheredOn": "2026-09-17",
                     "summary": "Route test", "consent": "SPOKEN", "gathererNames": ["Route test"], "version": 0}"""),
            entry("CharacteristicRequest", """
                    {"name": "Route test characteristic", "usersWords": "Ours", "version": 0}"""),
            entry("CharacteristicMoveRequest", """
                    {"direction": "DOWN"}"""),
            entry("CharacteristicTemplateRequest", """
                    {"template": "CAMDEN"}"""),
            entry("DemandRequest", """
                    {"measure": "PEOPLE", "recognised": 100, "behaviourChange": 10, "coProduction": 20,
                     "version": 0}"""),
            entry("LogicModelRequest", """
                    {"title": "Route test model", "subject": "PLANNED_SERVICE", "plannedService": "Route test",
                     "version": 0}"""),
            entry("LogicStepRequest", """
                    {"stage": "INPUT", "text": "Route test input"}"""),
            entry("LogicLinkRequest", """
                    {"assumption": "Route test"}"""),
            entry("OutcomesReviewRowRequest", """
                    {"level": "SERVICE", "outcome": "Route test outcome"}"""),
            entry("TemplateRequest", """
                    {"title": "Route test template"}"""),
            entry("FrameworkStartRequest", """
                    {}"""),
            entry("NewDraftRequest", """
                    {"note": "Route test"}"""),
            entry("OutcomeRequest", """
                    {"ownWords": "Route test outcome", "level": "SERVICE", "version": 0}"""),
            entry("IndicatorRequest", """
                    {"name": "Route test", "direction": "INCREASE", "kind": "OUTCOME", "method": "SURVEY",
                     "version": 0}"""),
            entry("OutcomeMoveRequest", """
                    {"direction": "DOWN"}"""),
            entry("VersionTransitionRequest", """
                    {"transition": "WITHDRAW"}"""),
            entry("ReviewDecisionRequest", """
                    {"decision": "AGREE"}"""),
            entry("ReviewGroupRequest", """
                    {"name": "Route test group", "memberIds": [], "version": 0}"""),
            entry("CallRequest", """
                    {"question": "Route test"}"""),
            entry("PublicLinkRequest", """
                    {"open": true}"""),
            entry("ContributionRequest", """
                    {"kind": "SUGGESTION", "words": "Route test", "speakingAs": "PERSON_USING_SERVICES"}"""),
            entry("MergeRequest", """
                    {"into": "NEW", "version": 0}"""),
            entry("DeclineRequest", """
                    {"reason": "Route test", "version": 0}"""),
            entry("ModerationRequest", """
                    {"visibility": "HIDDEN", "reason": "Route test", "version": 0}"""),
            entry("WorkshopRequest", """
                    {"method": "WORLD_CAFE", "heldOn": "2026-11-18", "title": "Route test",
                     "participants": {"PERSON_USING_SERVICES": 5}, "outputs": ["Route test"]}"""),
            entry("ProcessRequest", """
                    {"title": "Route test fund", "description": "Route test", "budget": "1000.00",
                     "phases": [{"phase": "PROPOSAL_COLLECTION", "startsOn": "2027-01-01", "endsOn": "2027-01-10"},
                      {"phase": "REVIEW_AND_COSTING", "startsOn": "2027-01-11", "endsOn": "2027-01-20"},
                      {"phase": "VOTING", "startsOn": "2027-01-21", "endsOn": "2027-01-30"},
                      {"phase": "COUNTING", "startsOn": "2027-01-31", "endsOn": "2027-02-01"},
                      {"phase": "RESULTS", "startsOn": "2027-02-02", "endsOn": "2027-02-03"},
                      {"phase": "IMPLEMENTATION", "startsOn": "2027-02-04", "endsOn": "2027-12-31"}],
                     "eligibility": "SIGNED_IN", "version": 0}"""),
            entry("ProposalRequest", """
                    {"title": "Route test idea", "description": "Route test", "estimatedCost": "10.00"}"""),
            entry("AssessmentRequest", """
                    {"feasibility": "FEASIBLE", "version": 0}"""),
            entry("DecisionRequest", """
                    {"status": "REJECTED", "reason": "Route test", "version": 0}"""),
            entry("OutcomeLinksRequest", """
                    {"outcomeIds": []}"""),
            entry("ProjectUpdateRequest", """
                    {"note": "Route test", "version": 0}"""),
            entry("RiskRequest", """
                    {"title": "Route test", "bearers": ["PROVIDERS"], "benefits": "Some", "disbenefits": "Some",
                     "acceptance": "NOT_YET_ASKED", "likelihood": "RARE", "impact": "MINOR", "status": "OPEN",
                     "version": 0}"""));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Map<String, String> samples;
    private String outsider;

    /** One registered route: a method, a path pattern and the handler behind it. */
    record Route(HttpMethod method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @BeforeEach
    void prepareSamples() {
        outsider = Outsiders.personWithEveryRoleElsewhere(jdbc);
        UUID council = demo.council();
        samples = new LinkedHashMap<>();
        samples.put("organisationId", council.toString());
        samples.put("commissionId", demo.youthCommission().toString());
        samples.put("personId", demo.person(Demo.OFFICER).toString());
        samples.put("invitationId", Outsiders.invitationOf(jdbc, council, demo.person(Demo.ADMIN)).toString());
        samples.put("memberId", demo.organisation(Demo.ICB).toString());
        samples.put("item", "asset-mapping");
        samples.put("token", "x".repeat(43));
        samples.put("tokenId", UUID.randomUUID().toString());
        samples.put("assetId", jdbc.sql("select id from community_asset where organisation_id = ? and name = ?")
                .params(council, "Eastfield Community Centre").query(UUID.class).single().toString());
        samples.put("pledgeId", jdbc.sql("select id from asset_pledge where organisation_id = ? and name = ?")
                .params(council, "Guitar for beginners").query(UUID.class).single().toString());
        samples.put("wardId", jdbc.sql("select id from ward where organisation_id = ? and code = 'MB05'")
                .param(council).query(UUID.class).single().toString());
        samples.put("activityId", jdbc.sql("select min(cast(id as varchar(36))) from coproduction_activity"
                + " where commission_id = ?").param(demo.youthCommission()).query(String.class).single());
        String round = "(select id from quality_round where title = 'Youth services quality review, autumn 2026')";
        samples.put("roundId", sql("select id from quality_round where id = " + round));
        samples.put("areaId", sql("select id from quality_area where round_id = " + round
                + " order by position limit 1"));
        samples.put("serviceId", sql("select id from funded_service where organisation_id = '" + council
                + "' and name = 'Open Door young people''s counselling'"));
        samples.put("visitId", sql("select id from quality_visit where round_id = " + round
                + " order by visit_date limit 1"));
        samples.put("decisionId", sql("select id from quality_decision where round_id = " + round
                + " order by decided_at limit 1"));
        samples.put("needId", firstOf("need", demo.youthCommission()));
        samples.put("processId", firstOf("pb_process", demo.youthCommission()));
        samples.put("proposalId", sql("select id from pb_proposal where process_id = '" + samples.get("processId")
                + "' and number = 1"));
        // A funded project of the demo council once published results fund one; any id before that, since every
        // refusal below comes before the project is looked up.
        samples.put("projectId", jdbc.sql("select cast(id as varchar(36)) from pb_funded_project"
                + " where organisation_id = ? order by number limit 1").param(council).query(String.class)
                .optional().orElse(UUID.randomUUID().toString()));
        samples.put("updateId", UUID.randomUUID().toString());
        // An area of a count; every refusal below comes before the count is looked up.
        samples.put("position", "1");
        samples.put("photoId", UUID.randomUUID().toString());
        samples.put("datasetId", firstOf("evidence_dataset", demo.youthCommission()));
        samples.put("riskId", firstOf("evidence_risk", demo.youthCommission()));
        samples.put("itemId", jdbc.sql("""
                select a.item_id from evidence_attachment a join evidence_item i on i.id = a.item_id
                where i.commission_id = ? limit 1""").param(demo.youthCommission()).query(String.class).single());
        samples.put("attachmentId", jdbc.sql("select id from evidence_attachment where item_id = ?")
                .param(UUID.fromString(samples.get("itemId"))).query(String.class).single());
        samples.put("characteristicId", firstOf("quality_characteristic", demo.youthCommission()));
        samples.put("modelId", firstOf("logic_model", demo.youthCommission()));
        samples.put("stepId", sql("select id from logic_step where model_id = '" + samples.get("modelId")
                + "' order by stage, position limit 1"));
        samples.put("linkId", sql("select id from logic_link where model_id = '" + samples.get("modelId")
                + "' order by position limit 1"));
        samples.put("rowId", firstOf("outcome_review_row", demo.youthCommission()));
        String framework = sql("select id from outcomes_framework where commission_id = '" + demo.youthCommission()
                + "'");
        samples.put("frameworkId", framework);
        samples.put("versionNumber", "2");
        String draft = "(select id from outcomes_framework_version where framework_id = '" + framework
                + "' and number = 2)";
        samples.put("outcomeId", sql("select id from outcome where version_id = " + draft + " order by position limit 1"));
        samples.put("indicatorId", sql("select id from outcome_indicator where version_id = " + draft
                + " order by outcome_id, position limit 1"));
        samples.put("groupId", sql("select id from outcomes_review_group where organisation_id = '" + council
                + "' and name = 'Young Voices review group'"));
        samples.put("contributionId", jdbc.sql("""
                select id from outcomes_contribution where words = 'I have somewhere to go where I can just be myself'""")
                .query(String.class).single());
        samples.put("quoteId", jdbc.sql("select id from evidence_quote where item_id = ? order by position limit 1")
                .param(UUID.fromString(samples.get("itemId"))).query(String.class).single());
    }

    private String sql(String query) {
        return jdbc.sql(query).query(UUID.class).single().toString();
    }

    /** The id of one of the demo commission's rows in a table, for routes that name one. */
    private String firstOf(String table, UUID commissionId) {
        return jdbc.sql("select id from " + table + " where commission_id = ? order by created_at, id limit 1")
                .param(commissionId).query(String.class).single();
    }

    @Test
    void everyRouteIsEitherPublicOrDeclaresWhoMayUseIt() {
        List<String> undeclared = routes().stream()
                .filter(r -> !isPublic(r))
                .filter(r -> AccessRule.of(r.handler()) instanceof AccessRule.Undeclared)
                .map(Route::toString)
                .toList();
        assertThat(undeclared).as("routes with no access rule (or more than one)").isEmpty();
    }

    @Test
    void publicRoutesAreTheOnesDeclaredPublic() {
        List<String> publicPages = routes().stream().filter(this::isPublic).map(Route::toString).sorted().toList();
        assertThat(publicPages).allSatisfy(route -> assertThat(route)
                .matches("(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (/|/sign-in|/signed-out|/register|/verify-email.*"
                        + "|/password-reset.*|/invitations/.*|/accessibility|/privacy|/v3/api-docs.*|/error"
                        + "|/actuator/health.*|/public/.*)"));
        // Organisation pages and the API are never public.
        assertThat(PublicRoutes.matches("/o/" + UUID.randomUUID())).isFalse();
        assertThat(PublicRoutes.matches("/api/v1/me")).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> anonymousVisitorsAreSentToSignIn() {
        return protectedRoutes().map(route -> dynamicTest(route.toString(), () -> {
            MockHttpServletResponse response = perform(route, samples, null);
            if (route.pattern().startsWith("/api/")) {
                assertThat(response.getStatus()).as(route + " for an anonymous caller").isEqualTo(401);
                assertThat(response.getContentType()).contains("application/problem+json");
            } else {
                assertThat(response.getStatus()).as(route + " for an anonymous visitor").isEqualTo(302);
                assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> membersWithoutTheRoleAreRefused() {
        return protectedRoutes()
                .filter(route -> AccessRule.of(route.handler()) instanceof AccessRule.Roles)
                .flatMap(route -> {
                    Set<Role> allowed = ((AccessRule.Roles) AccessRule.of(route.handler())).roles();
                    return COUNCIL_PEOPLE_BY_ROLE.entrySet().stream()
                            .filter(e -> !allowed.contains(e.getKey()))
                            .limit(1)
                            .map(e -> dynamicTest(route + " as " + e.getKey(), () -> {
                                MockHttpServletResponse response = perform(route, samples, as(e.getValue()));
                                assertThat(response.getStatus()).as(route + " as a " + e.getKey()).isEqualTo(403);
                            }));
                });
    }

    @TestFactory
    Stream<DynamicTest> peopleOfAnotherOrganisationAreRefused() {
        return protectedRoutes()
                .filter(route -> route.pattern().contains("{organisationId}"))
                .map(route -> dynamicTest(route + " in the council's pages", () -> {
                    MockHttpServletResponse response = perform(route, samples, as(outsider));
                    assertThat(response.getStatus()).as(route + " by an outsider").isEqualTo(404);
                }));
    }

    /** The council's commission, person or invitation named under the outsider's own organisation is not found. */
    @TestFactory
    Stream<DynamicTest> anotherOrganisationsIdsAreNotFoundUnderYourOwn() {
        return protectedRoutes()
                .filter(route -> route.pattern().contains("{organisationId}"))
                .filter(route -> VARIABLE.matcher(route.pattern()).results().count() > 1)
                .map(route -> dynamicTest(route.toString(), () -> {
                    Map<String, String> ownOrganisation = new LinkedHashMap<>(samples);
                    ownOrganisation.put("organisationId", Outsiders.organisationOf(jdbc, outsider).toString());
                    MockHttpServletResponse response = perform(route, ownOrganisation, as(outsider));
                    assertThat(response.getStatus()).as(route + " by an outsider in their own organisation")
                            .isIn(403, 404);
                }));
    }

    private Stream<Route> protectedRoutes() {
        return routes().stream().filter(r -> !isPublic(r));
    }

    private boolean isPublic(Route route) {
        return PublicRoutes.matches(VARIABLE.matcher(route.pattern()).replaceAll("sample"));
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, entry.getValue()));
                }
            }
        }
        return routes;
    }

    private MockHttpServletResponse perform(Route route, Map<String, String> values, RequestPostProcessor who)
            throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), expand(route.pattern(), values))
                .with(csrf())
                .accept(route.pattern().startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (route.method() != HttpMethod.GET) {
            request.contentType(MediaType.APPLICATION_JSON).content(body(route));
        }
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(Route route) {
        for (var parameter : route.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                String type = parameter.getParameterType().getSimpleName();
                String body = VALID_BODIES.get(type);
                assertThat(body).as("a valid " + type + " body for " + route
                        + " (add one in EveryRouteIsAuthorisedTest)").isNotNull();
                return body;
            }
        }
        return "{}";
    }

    private static String expand(String pattern, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            assertThat(value).as("a sample value for {" + matcher.group(1) + "} in " + pattern
                    + " (add one in EveryRouteIsAuthorisedTest)").isNotNull();
            matcher.appendReplacement(out, value);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The other organisation: a council of its own, whose one person holds every role there. */
    static final class Outsiders {
        private static final String EMAIL = "outsider@elsewhere.example";

        static synchronized String personWithEveryRoleElsewhere(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
            if (jdbc.sql("select count(*) from person where email_key = ?").param(EMAIL).query(Long.class).single() == 0) {
                UUID organisation = UUID.randomUUID();
                UUID person = UUID.randomUUID();
                var now = org.tandem.platform.Timestamps.utc(Instant.now());
                jdbc.sql("""
                        insert into organisation (id, kind, name, name_key, created_at, updated_at, version)
                        values (?, 'COMMISSIONING_BODY', 'Elsewhere Council', 'elsewhere council', ?, ?, 0)""")
                        .params(organisation, now, now).update();
                jdbc.sql("""
                        insert into person (id, email, email_key, display_name, email_verified_at, active, created_at,
                                            updated_at, version)
                        values (?, ?, ?, 'Olly Outsider', ?, true, ?, ?, 0)""")
                        .params(person, EMAIL, EMAIL, now, now, now).update();
                for (Role role : Role.rolesFor(org.tandem.platform.OrganisationKind.COMMISSIONING_BODY)) {
                    jdbc.sql("insert into membership (person_id, organisation_id, role, granted_at) values (?, ?, ?, ?)")
                            .params(person, organisation, role.name(), now).update();
                }
            }
            return EMAIL;
        }

        static UUID organisationOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, String email) {
            return jdbc.sql("""
                    select distinct m.organisation_id from membership m join person p on p.id = m.person_id
                    where p.email_key = ?""").param(email).query(UUID.class).single();
        }

        static UUID invitationOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, UUID organisation, UUID inviter) {
            UUID id = UUID.randomUUID();
            var now = org.tandem.platform.Timestamps.utc(Instant.now());
            jdbc.sql("""
                    insert into invitation (id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at)
                    values (?, ?, ?, 'PANEL_MEMBER', ?, ?, ?, ?)""")
                    .params(id, organisation, "route-test-" + id + "@example.org", id.toString().replace("-", "")
                            + "0".repeat(32), inviter, now, org.tandem.platform.Timestamps.utc(Instant.now().plusSeconds(3600)))
                    .update();
            return id;
        }
    }
}
