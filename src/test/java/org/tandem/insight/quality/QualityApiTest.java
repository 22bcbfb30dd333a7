package org.tandem.insight.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The quality assessment API, end to end, with the same rules as the pages. */
class QualityApiTest extends QualityTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    @Autowired
    private JsonMapper json;

    @Test
    void aRoundIsSetUpVisitedDecidedAndSharedThroughTheApi() throws Exception {
        World w = world();
        String api = "/api/v1/organisations/" + w.council() + "/commissions/" + w.commission() + "/quality-rounds";
        String officer = w.officer().email();

        MvcResult created = send(post(api), officer, Map.of("title", "Autumn review", "visitsFrom", "2026-10-01",
                "visitsUntil", "2026-12-18")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.nextStep").value("START_VISITING"))
                .andExpect(jsonPath("$.rule.redAreas").value(1))
                .andExpect(jsonPath("$.rule.amberThreshold").value("MAJORITY"))
                .andExpect(jsonPath("$.rule.visitCombination").value("LOWEST"))
                .andReturn();
        String round = api + "/" + body(created).get("id").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(round);
        JsonNode areas = body(mvc.perform(get(round + "/areas").with(as(officer))).andReturn());
        assertThat(areas.get("total").asInt()).isEqualTo(9);
        String welcome = areas.get("items").get(0).get("id").asString();

        send(post(round + "/areas"), officer, Map.of("name", "Getting there", "greenGuide", "Buses stop outside",
                "amberGuide", "A long walk", "redGuide", "No way to get there"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(10));
        send(post(round + "/areas/" + welcome + "/move"), officer, Map.of("direction", "DOWN"))
                .andExpect(jsonPath("$.position").value(2));
        send(put(round + "/areas/" + welcome), officer, Map.of("name", "Feeling welcome when we arrive",
                "greenGuide", "g", "amberGuide", "a", "redGuide", "r"))
                .andExpect(jsonPath("$.name").value("Feeling welcome when we arrive"));
        mvc.perform(delete(round + "/areas/" + welcome).with(as(officer)).with(csrf()))
                .andExpect(status().isNoContent());

        mvc.perform(put(round + "/services/" + w.clubs()).with(as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.providerOrganisationId").value(w.provider().toString()));
        mvc.perform(put(round + "/services/" + w.sport()).with(as(officer)).with(csrf())).andExpect(status().isOk());
        MvcResult planned = send(post(round + "/visits"), officer, Map.of("serviceId", w.clubs().toString(),
                "visitDate", "2026-10-08", "assessorIds",
                List.of(id(w.youngAssessor()), id(w.panel()), id(w.officer()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TO_DO"))
                .andExpect(jsonPath("$.teamWarnings").isEmpty())
                .andExpect(jsonPath("$.team[0].livedExperience").value(true))
                .andReturn();
        String visit = round + "/visits/" + body(planned).get("id").asString();
        send(post(round + "/visits"), officer, Map.of("serviceId", w.sport().toString(), "visitDate", "2026-10-09",
                "assessorIds", List.of(id(w.officer()))))
                .andExpect(jsonPath("$.teamWarnings[0]").value(org.hamcrest.Matchers.startsWith(
                        "No one on this team has lived experience")));
        send(post(round + "/transitions"), officer, Map.of("transition", "START_VISITING", "version", 0))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VISITING"));

        String jordan = w.youngAssessor().email();
        JsonNode sheet = body(mvc.perform(get(visit).with(as(jordan))).andExpect(status().isOk()).andReturn());
        List<String> areaIds = sheet.get("ratings").valueStream().map(r -> r.get("areaId").asString()).toList();
        assertThat(areaIds).hasSize(9);
        send(put(visit + "/ratings"), jordan, Map.of("version", 0, "ratings", List.of(Map.of("areaId",
                areaIds.getFirst(), "rating", "GREEN", "quotes", "Best night of the week"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("STARTED"))
                .andExpect(jsonPath("$.ratings[0].quotes").value("Best night of the week"));
        send(post(visit + "/submission"), jordan, Map.of("version", 1, "ratings", rate(areaIds.subList(0, 8), "GREEN")))
                .andExpect(status().isBadRequest()).andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("ratings"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Choose red, amber or green for")));
        send(post(visit + "/submission"), jordan, Map.of("version", 1, "ratings", rate(areaIds, "GREEN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.open").value(false));
        send(put(visit + "/ratings"), jordan, Map.of("version", 2, "ratings", rate(areaIds, "RED")))
                .andExpect(status().isBadRequest());

        JsonNode mine = body(mvc.perform(get(round + "/visits").with(as(jordan))).andReturn());
        assertThat(mine.get("total").asInt()).isEqualTo(1);
        assertThat(body(mvc.perform(get(round + "/services").with(as(jordan))).andReturn()).get("total").asInt())
                .isEqualTo(1);

        send(post(round + "/transitions"), officer, Map.of("transition", "START_MODERATION", "version", 1))
                .andExpect(jsonPath("$.status").value("MODERATION"));
        JsonNode recommendations = body(mvc.perform(get(round + "/recommendations").with(as(officer)))
                .andExpect(status().isOk()).andReturn());
        JsonNode clubs = recommendations.get("items").valueStream()
                .filter(s -> s.get("serviceId").asString().equals(w.clubs().toString())).findFirst().orElseThrow();
        assertThat(clubs.get("recommendation").get("rating").asString()).isEqualTo("GREEN");
        assertThat(clubs.get("recommendation").get("areas").size()).isEqualTo(9);

        String decision = round + "/services/" + w.clubs() + "/decision";
        send(put(decision), officer, Map.of("rating", "GREEN")).andExpect(status().isForbidden());
        String priya = w.commissioner().email();
        send(put(decision), priya, Map.of("rating", "RED")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(put(decision), priya, Map.of("rating", "GREEN", "reason", "Young Voices loved it"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.overridden").value(false))
                .andExpect(jsonPath("$.decided").value("GREEN"));
        send(post(round + "/transitions"), priya, Map.of("transition", "SHARE_RESULTS", "version", 2))
                .andExpect(jsonPath("$.status").value("SHARED"));

        String results = "/api/v1/organisations/" + w.provider() + "/quality-results";
        JsonNode shared = body(mvc.perform(get(results).with(as(w.providerUser()))).andExpect(status().isOk())
                .andReturn());
        assertThat(shared.get("total").asInt()).isEqualTo(1);
        String result = results + "/" + shared.get("items").get(0).get("decisionId").asString();
        mvc.perform(get(result).with(as(w.providerUser())))
                .andExpect(jsonPath("$.decided").value("GREEN"))
                .andExpect(jsonPath("$.areas[0].rating").value("GREEN"))
                .andExpect(jsonPath("$.areas[0].evidence[0].evidence").value("Seen"));
        assertThat(mvc.perform(get(result).with(as(w.providerUser()))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(w.youngAssessor().viewer().name());
        send(post(result + "/responses"), w.providerUser(), Map.of("body", "Thank you, we will keep Friday nights"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value("Thank you, we will keep Friday nights"));
        mvc.perform(get("/api/v1/organisations/" + w.otherProvider() + "/quality-results/"
                        + shared.get("items").get(0).get("decisionId").asString()).with(as(w.otherProviderUser())))
                .andExpect(status().isNotFound()).andExpect(content().contentType(PROBLEM));
        JsonNode seen = body(mvc.perform(get(round + "/recommendations").with(as(priya))).andReturn());
        assertThat(seen.toString()).contains("Thank you, we will keep Friday nights");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndOtherPeoplesIdsAreNotFound() throws Exception {
        World w = world();
        Staged s = visiting(w);
        String api = "/api/v1/organisations/" + w.council() + "/commissions/" + w.commission() + "/quality-rounds";
        String round = api + "/" + s.round().id();
        String officer = w.officer().email();

        JsonNode empty = body(send(post(api), officer, Map.of()).andExpect(status().isBadRequest()).andReturn());
        assertThat(empty.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("title", "visitsFrom", "visitsUntil");
        Object[][] cases = {
                {"title", "t".repeat(201), "title"},
                {"visitsFrom", "01/10/2026", "visitsFrom"},
                {"visitsUntil", "2025-01-01", "visitsUntil"},
                {"redAreas", 0, "redAreas"},
                {"redAreas", "lots", "redAreas"},
                {"amberThreshold", "SIDEWAYS", "amberThreshold"},
                {"visitCombination", "AVERAGE", "visitCombination"}};
        for (Object[] c : cases) {
            Map<String, Object> request = new HashMap<>(Map.of("title", "Refused", "visitsFrom", "2026-10-01",
                    "visitsUntil", "2026-12-18"));
            request.put((String) c[0], c[1]);
            JsonNode problem = body(send(post(api), officer, request).andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM)).andReturn());
            assertThat(problem.get("errors").get(0).get("field").asString()).as("%s = %s", c[0], c[1])
                    .isEqualTo(c[2]);
        }
        mvc.perform(post(api).with(as(officer)).with(csrf()).contentType(JSON).content("{\"title\": \"Broken"))
                .andExpect(status().isBadRequest()).andExpect(content().contentType(PROBLEM));
        send(post(round + "/transitions"), officer, Map.of("transition", "FLY", "version", 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("transition"));

        String visit = round + "/visits/" + s.clubsVisit();
        String jordan = w.youngAssessor().email();
        String area = s.areas().getFirst().id().toString();
        send(put(visit + "/ratings"), jordan, Map.of("version", 0, "ratings", List.of(Map.of("areaId", area,
                "rating", "PURPLE", "evidence", "e".repeat(4001)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "ratings[0].rating", "ratings[0].evidence")));
        String script = "<script>alert('api')</script>'; drop table quality_rating; --";
        send(put(visit + "/ratings"), jordan, Map.of("version", 0, "ratings", List.of(Map.of("areaId", area,
                "rating", "AMBER", "evidence", script))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ratings[0].evidence").value(script));
        send(put(visit + "/ratings"), jordan, Map.of("version", 1, "ratings", List.of(Map.of("areaId",
                UUID.randomUUID().toString(), "rating", "RED")))).andExpect(status().isNotFound());

        for (UUID other : List.of(s.sportVisit(), s.centresVisit())) {
            mvc.perform(get(round + "/visits/" + other).with(as(jordan))).andExpect(status().isNotFound())
                    .andExpect(content().contentType(PROBLEM));
            send(put(round + "/visits/" + other + "/ratings"), jordan, Map.of("version", 0, "ratings", List.of()))
                    .andExpect(status().isNotFound());
        }
        send(post(api), jordan, Map.of("title", "Mine", "visitsFrom", "2026-10-01", "visitsUntil", "2026-12-18"))
                .andExpect(status().isForbidden());
        mvc.perform(get(round + "/recommendations").with(as(jordan))).andExpect(status().isForbidden());

        World elsewhere = world();
        String theirs = "/api/v1/organisations/" + elsewhere.council() + "/commissions/" + elsewhere.commission()
                + "/quality-rounds/" + s.round().id();
        for (String path : List.of(theirs, theirs + "/areas", theirs + "/visits/" + s.clubsVisit(),
                theirs + "/recommendations")) {
            mvc.perform(get(path).with(as(elsewhere.officer().email()))).andExpect(status().isNotFound());
        }
        mvc.perform(put(round + "/services/" + elsewhere.clubs()).with(as(officer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(round).with(as(elsewhere.officer().email()))).andExpect(status().isNotFound());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        return mvc.perform(request.with(as(who)).with(csrf()).contentType(JSON).content(json.writeValueAsString(body)));
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static String id(Someone someone) {
        return someone.viewer().personId().toString();
    }

    private static List<Map<String, String>> rate(List<String> areaIds, String rating) {
        return areaIds.stream().map(a -> Map.of("areaId", a, "rating", rating, "evidence", "Seen")).toList();
    }
}
