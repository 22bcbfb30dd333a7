package org.tandem.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tandem.support.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI description integrators read before they have an account. */
class ApiDescriptionTest extends ApiTest {

    private static final String ORG = "/api/v1/organisations/{organisationId}";
    private static final String PUBLIC = "/public/api/v1/organisations/{organisationId}";
    private static final String QUALITY = ORG + "/commissions/{commissionId}/quality-rounds";
    private static final String CHARACTERISTICS = ORG + "/commissions/{commissionId}/quality-characteristics";
    private static final String LOGIC = ORG + "/commissions/{commissionId}/logic-models";
    private static final String OUTCOMES = ORG + "/outcomes-frameworks/{frameworkId}";
    private static final String OUTCOMES_VERSION = OUTCOMES + "/versions/{versionNumber}";
    private static final Map<String, Set<String>> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("/api/v1/me", Set.of("get")),
            Map.entry("/api/v1/organisations", Set.of("get")),
            Map.entry(ORG, Set.of("get", "put")),
            Map.entry(ORG + "/people", Set.of("get")),
            Map.entry(ORG + "/people/{personId}", Set.of("get", "delete")),
            Map.entry(ORG + "/people/{personId}/roles", Set.of("put")),
            Map.entry(ORG + "/invitations", Set.of("get", "post")),
            Map.entry(ORG + "/invitations/{invitationId}", Set.of("get", "delete")),
            Map.entry(ORG + "/commissions", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}", Set.of("get", "put")),
            Map.entry(ORG + "/commissions/{commissionId}/phase-changes", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}/checklist", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/checklist/{item}", Set.of("put")),
            Map.entry(ORG + "/commissions/{commissionId}/gap-analysis", Set.of("get")),
            Map.entry(ORG + "/provision/services", Set.of("get", "post")),
            Map.entry(ORG + "/provision/services/{serviceId}", Set.of("get", "put", "delete")),
            Map.entry(ORG + "/provision/totals", Set.of("get")),
            Map.entry(ORG + "/provision/baseline.xlsx", Set.of("get")),
            Map.entry(ORG + "/provision/open-referral/services", Set.of("get", "post")),
            Map.entry(ORG + "/provision/open-referral/tables", Set.of("get", "post")),
            Map.entry(ORG + "/assets", Set.of("get", "post")),
            Map.entry(ORG + "/assets/{assetId}", Set.of("get", "put", "delete")),
            Map.entry(ORG + "/assets/{assetId}/publication", Set.of("put")),
            Map.entry(ORG + "/assets/pledges", Set.of("get")),
            Map.entry(ORG + "/assets/pledges/{pledgeId}", Set.of("get")),
            Map.entry(ORG + "/assets/pledges/{pledgeId}/review", Set.of("post")),
            Map.entry(ORG + "/wards", Set.of("get", "post")),
            Map.entry(ORG + "/wards/{wardId}", Set.of("get", "put")),
            Map.entry(PUBLIC + "/assets", Set.of("get")),
            Map.entry(PUBLIC + "/pb-processes/{processId}", Set.of("get")),
            Map.entry(ORG + "/pb-processes", Set.of("get", "post")),
            Map.entry(ORG + "/pb-processes/{processId}", Set.of("get", "put")),
            Map.entry(ORG + "/pb-processes/{processId}/proposals", Set.of("get", "post")),
            Map.entry(ORG + "/pb-processes/{processId}/proposals/{proposalId}", Set.of("get")),
            Map.entry(ORG + "/pb-processes/{processId}/proposals/{proposalId}/assessment", Set.of("post")),
            Map.entry(ORG + "/pb-processes/{processId}/proposals/{proposalId}/decision", Set.of("post")),
            Map.entry(ORG + "/pb-processes/{processId}/proposals/{proposalId}/outcomes", Set.of("put")),
            Map.entry(ORG + "/pb-processes/{processId}/projects", Set.of("get")),
            Map.entry(ORG + "/pb-processes/{processId}/projects/{projectId}", Set.of("get")),
            Map.entry(ORG + "/pb-processes/{processId}/projects/{projectId}/updates", Set.of("post")),
            Map.entry(ORG + "/pb-processes/{processId}/projects/{projectId}/updates/with-photos", Set.of("post")),
            Map.entry(ORG + "/pb-processes/{processId}/projects/{projectId}/photos/{photoId}", Set.of("get")),
            Map.entry(PUBLIC + "/pb-processes/{processId}/projects", Set.of("get")),
            Map.entry(PUBLIC + "/pb-processes/{processId}/projects/{projectId}", Set.of("get")),
            Map.entry(ORG + "/pb-processes/{processId}/turnout", Set.of("get")),
            Map.entry(ORG + "/pb-processes/{processId}/results", Set.of("get")),
            Map.entry(PUBLIC + "/pb-processes/{processId}/results", Set.of("get")),
            Map.entry(PUBLIC + "/assets/{assetId}", Set.of("get")),
            Map.entry(PUBLIC + "/assets.geojson", Set.of("get")),
            Map.entry(PUBLIC + "/asset-filters", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/co-production/activities", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}/co-production/activities/{activityId}",
                    Set.of("get", "put", "delete")),
            Map.entry(ORG + "/commissions/{commissionId}/co-production/summary", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/co-production/matrix", Set.of("put")),
            Map.entry(QUALITY, Set.of("get", "post")),
            Map.entry(QUALITY + "/{roundId}", Set.of("get", "put")),
            Map.entry(QUALITY + "/{roundId}/transitions", Set.of("post")),
            Map.entry(QUALITY + "/{roundId}/areas", Set.of("get", "post")),
            Map.entry(QUALITY + "/{roundId}/areas/{areaId}", Set.of("put", "delete")),
            Map.entry(QUALITY + "/{roundId}/areas/{areaId}/move", Set.of("post")),
            Map.entry(QUALITY + "/{roundId}/services", Set.of("get")),
            Map.entry(QUALITY + "/{roundId}/services/{serviceId}", Set.of("put", "delete")),
            Map.entry(QUALITY + "/{roundId}/services/{serviceId}/decision", Set.of("put")),
            Map.entry(QUALITY + "/{roundId}/recommendations", Set.of("get")),
            Map.entry(QUALITY + "/{roundId}/visits", Set.of("get", "post")),
            Map.entry(QUALITY + "/{roundId}/visits/{visitId}", Set.of("get", "put", "delete")),
            Map.entry(QUALITY + "/{roundId}/visits/{visitId}/ratings", Set.of("put")),
            Map.entry(QUALITY + "/{roundId}/visits/{visitId}/submission", Set.of("post")),
            Map.entry(QUALITY + "/{roundId}/visits/{visitId}/reopening", Set.of("post")),
            Map.entry(ORG + "/quality-results", Set.of("get")),
            Map.entry(ORG + "/quality-results/{decisionId}", Set.of("get")),
            Map.entry(ORG + "/quality-results/{decisionId}/responses", Set.of("post")),
            Map.entry(ORG + "/commissions/{commissionId}/needs", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/needs/{needId}", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/datasets", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/datasets/{datasetId}", Set.of("get", "put", "delete")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/datasets/{datasetId}/rows", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/datasets/{datasetId}/export", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/items", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/items/{itemId}", Set.of("get", "put", "delete")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/items/{itemId}/attachments", Set.of("post")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/items/{itemId}/attachments/{attachmentId}",
                    Set.of("get", "delete")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/risks", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/risks/{riskId}", Set.of("get", "put", "delete")),
            Map.entry(ORG + "/commissions/{commissionId}/evidence/search", Set.of("get")),
            Map.entry(ORG + "/evidence/search", Set.of("get")),
            Map.entry(CHARACTERISTICS, Set.of("get", "post")),
            Map.entry(CHARACTERISTICS + "/templates", Set.of("post")),
            Map.entry(CHARACTERISTICS + "/{characteristicId}", Set.of("get", "put", "delete")),
            Map.entry(CHARACTERISTICS + "/{characteristicId}/move", Set.of("post")),
            Map.entry(ORG + "/commissions/{commissionId}/demand", Set.of("get")),
            Map.entry(ORG + "/commissions/{commissionId}/demand/{needId}", Set.of("get", "put", "delete")),
            Map.entry(LOGIC, Set.of("get", "post")),
            Map.entry(LOGIC + "/{modelId}", Set.of("get", "put", "delete")),
            Map.entry(LOGIC + "/{modelId}/copy", Set.of("post")),
            Map.entry(LOGIC + "/{modelId}/steps", Set.of("post")),
            Map.entry(LOGIC + "/{modelId}/steps/{stepId}", Set.of("delete")),
            Map.entry(LOGIC + "/{modelId}/links", Set.of("post")),
            Map.entry(LOGIC + "/{modelId}/links/{linkId}", Set.of("put", "delete")),
            Map.entry(ORG + "/commissions/{commissionId}/outcomes-review", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}/outcomes-review/{rowId}", Set.of("delete")),
            Map.entry(ORG + "/outcomes-frameworks", Set.of("get", "post")),
            Map.entry(ORG + "/commissions/{commissionId}/outcomes-framework", Set.of("get", "post")),
            Map.entry(OUTCOMES, Set.of("get")),
            Map.entry(OUTCOMES + "/versions", Set.of("post")),
            Map.entry(OUTCOMES + "/diff", Set.of("get")),
            Map.entry(OUTCOMES_VERSION, Set.of("get")),
            Map.entry(OUTCOMES_VERSION + "/balance", Set.of("get")),
            Map.entry(OUTCOMES_VERSION + "/outcomes", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/outcomes/{outcomeId}", Set.of("put", "delete")),
            Map.entry(OUTCOMES_VERSION + "/outcomes/{outcomeId}/move", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/outcomes/{outcomeId}/indicators", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/indicators/{indicatorId}", Set.of("put", "delete")),
            Map.entry(OUTCOMES_VERSION + "/indicators/{indicatorId}/move", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/transitions", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/reviews", Set.of("post")),
            Map.entry(ORG + "/outcomes-review-groups", Set.of("get", "post")),
            Map.entry(ORG + "/outcomes-review-groups/{groupId}", Set.of("put")),
            Map.entry(OUTCOMES_VERSION + "/contribution-call", Set.of("get", "put", "delete")),
            Map.entry(OUTCOMES_VERSION + "/contribution-call/public-link", Set.of("put")),
            Map.entry(OUTCOMES_VERSION + "/contributions", Set.of("get", "post")),
            Map.entry(OUTCOMES_VERSION + "/contributions/{contributionId}", Set.of("get")),
            Map.entry(OUTCOMES_VERSION + "/contributions/{contributionId}/endorsements", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/contributions/{contributionId}/merge", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/contributions/{contributionId}/decline", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/contributions/{contributionId}/moderation", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/workshops", Set.of("post")),
            Map.entry(OUTCOMES_VERSION + "/outcomes/{outcomeId}/trail", Set.of("get")),
            Map.entry(OUTCOMES_VERSION + "/outcomes/{outcomeId}/endorsements", Set.of("post"))));

    @Test
    void theDescriptionIsPublicJsonListingEveryRouteWithItsMethods() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(api.get("openapi").asString()).startsWith("3.");
        assertThat(api.get("info").get("title").asString()).isEqualTo("Tandem API");
        Map<String, Set<String>> documented = new TreeMap<>();
        api.get("paths").properties().forEach(path -> {
            Set<String> methods = new TreeSet<>(path.getValue().propertyNames());
            methods.retainAll(Set.of("get", "put", "post", "delete", "patch"));
            documented.put(path.getKey(), methods);
        });
        assertThat(documented).isEqualTo(ROUTES);
    }

    @Test
    void everyOperationIsSummarisedTaggedAndSecuredWithItsRefusalsDescribed() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode bearer = api.get("components").get("securitySchemes").get("apiToken");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(api.get("security").valueStream().map(s -> s.propertyNames().iterator().next()))
                .contains("apiToken", "session");
        JsonNode problem = api.get("components").get("responses").get("BadRequest").get("content")
                .get("application/problem+json").get("schema");
        assertThat(problem.get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(api.get("components").get("schemas").get("Problem").get("properties").has("errors")).isTrue();

        List<String> gaps = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            JsonNode responses = operation.get("responses");
            if (operation.path("summary").asString("").isBlank() || operation.path("tags").isEmpty()) {
                gaps.add(name + ": no summary or tag");
            }
            boolean open = path.getKey().startsWith("/public/");
            if (open == responses.has("401")) {
                gaps.add(name + (open ? ": 401 on public open data" : ": no 401"));
            }
            if (path.getKey().contains("{organisationId}")) {
                if (open == responses.has("403") || !responses.has("404")) {
                    gaps.add(name + (open ? ": 403 on public open data, or no 404" : ": no 403 or 404"));
                }
                boolean organisationParameter = operation.get("parameters").valueStream()
                        .anyMatch(p -> p.get("name").asString().equals("organisationId")
                                && p.get("in").asString().equals("path"));
                if (!organisationParameter) {
                    gaps.add(name + ": organisationId not described");
                }
            }
            if (operation.has("requestBody") && !responses.has("400")) {
                gaps.add(name + ": no 400");
            }
            if (responses.properties().stream().noneMatch(r -> r.getKey().startsWith("2"))) {
                gaps.add(name + ": no success response");
            }
        }));
        assertThat(gaps).isEmpty();
        JsonNode start = api.get("paths").get(ORG + "/commissions").get("post").get("responses").get("201");
        assertThat(start.get("headers").has("Location")).isTrue();
        assertThat(api.get("paths").get(ORG + "/commissions/{commissionId}").get("put").get("responses").has("409"))
                .isTrue();
    }

    @Test
    void handlerArgumentsFilledInByTandemAreNotAskedOfClients() throws Exception {
        String api = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain("\"membership\"").doesNotContain("\"user\"").doesNotContain("CurrentUser");
    }
}
