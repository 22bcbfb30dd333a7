package org.tandem.outcomes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A framework built, reviewed and agreed through the API alone, by role; bad and hostile input refused with a
 * message that names the property and nothing changed; another organisation's ids not found.
 */
class OutcomesApiTest extends OutcomesTest {

    @Autowired
    JsonMapper json;

    private String api;

    @BeforeEach
    void council() {
        newCouncilAndCommission();
        api = "/api/v1/organisations/" + council;
    }

    @Test
    void aFrameworkIsBuiltReviewedAndAgreedThroughTheApi() throws Exception {
        JsonNode framework = send(post(api + "/commissions/" + commission + "/outcomes-framework"), commissioner,
                "{}", 201);
        String versions = api + "/outcomes-frameworks/" + framework.get("id").asString() + "/versions/1";
        JsonNode outcome = send(post(versions + "/outcomes"), commissioner, write(Map.of(
                "ownWords", "Reduce youth offending", "level", "COMMUNITY", "wellbeingElement", "AUTONOMY",
                "fiveWays", List.of("GIVE"), "shapedBy", List.of("PERSON_USING_SERVICES"))), 201);
        assertThat(outcome.get("position").asInt()).isEqualTo(1);
        send(post(versions + "/outcomes/" + outcome.get("id").asString() + "/indicators"), commissioner, write(Map.of(
                "name", "First-time entrants", "direction", "DECREASE", "baseline", "212.5", "target", 170,
                "kind", "OUTCOME", "method", "ADMINISTRATIVE_DATA")), 201);
        JsonNode version = send(get(versions), citizen, null, 200);
        assertThat(version.get("outcomes").get(0).get("indicators").get(0).get("baseline").asString())
                .isEqualTo("212.5");
        assertThat(version.get("warnings").valueStream().map(w -> w.get("rule").asString()))
                .contains("OUTCOME_COUNT", "DEFICIT_WORDING", "INDICATOR_COUNT");

        send(post(versions + "/outcomes"), citizen, "{\"ownWords\": \"Mine\"}", 403);
        JsonNode group = send(post(api + "/outcomes-review-groups"), commissioner, write(Map.of("name", "Reviewers",
                "memberIds", List.of(demo.person(citizen).toString(), demo.person(panel).toString()))), 201);
        send(post(versions + "/transitions"), commissioner, write(Map.of("transition", "SEND_FOR_REVIEW",
                "groupId", group.get("id").asString())), 200);
        send(post(versions + "/reviews"), commissioner, "{\"decision\": \"AGREE\"}", 403);
        send(post(versions + "/reviews"), panel, "{\"decision\": \"OBJECT\"}", 400);
        send(post(versions + "/reviews"), panel, "{\"decision\": \"AGREE\"}", 200);
        JsonNode agreed = send(post(versions + "/reviews"), citizen, "{\"decision\": \"AGREE\", \"comment\": "
                + "\"Yes\"}", 200);
        assertThat(agreed.get("summary").get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.get("locked").asBoolean()).isTrue();
        assertThat(agreed.get("reviews").valueStream().map(r -> r.get("decision").asString()))
                .containsOnly("AGREE");
        send(put(versions + "/outcomes/" + outcome.get("id").asString()), commissioner, write(Map.of(
                "ownWords", "I stay out of trouble", "version", outcome.get("version").asInt())), 409);

        String frameworkPath = api + "/outcomes-frameworks/" + framework.get("id").asString();
        send(post(frameworkPath + "/versions"), commissioner, "{\"note\": \"After peer research\"}", 201);
        String draft = frameworkPath + "/versions/2";
        String copied = send(get(draft), panel, null, 200).get("outcomes").get(0).get("id").asString();
        send(put(draft + "/outcomes/" + copied), commissioner, write(Map.of("ownWords", "I stay out of trouble",
                "level", "COMMUNITY", "wellbeingElement", "AUTONOMY", "fiveWays", List.of("GIVE"),
                "shapedBy", List.of("PERSON_USING_SERVICES"), "version", 0)), 200);
        JsonNode diff = send(get(frameworkPath + "/diff"), panel, null, 200);
        assertThat(diff.get("from").asInt()).isEqualTo(1);
        assertThat(diff.get("counts").get("changed").asInt()).isEqualTo(1);
        assertThat(diff.get("outcomes").get(0).get("fields").get(0).get("after").asString())
                .isEqualTo("I stay out of trouble");
        JsonNode balance = send(get(draft + "/balance"), panel, null, 200);
        assertThat(balance.get("axes").get(1).get("categories").get(4).get("outcomes").asInt()).isEqualTo(1);
        assertThat(send(get(api + "/commissions/" + commission + "/outcomes-framework"), panel, null, 200)
                .get("agreedVersion").asInt()).isEqualTo(1);
    }

    @Test
    void badAndHostileInputIsRefusedByNameAndChangesNothing() throws Exception {
        var framework = start();
        String versions = api + "/outcomes-frameworks/" + framework.id() + "/versions/1";
        assertThat(send(post(versions + "/outcomes"), commissioner, "{\"ownWords\": \"  \"}", 400).get("errors")
                .get(0).get("field").asString()).isEqualTo("ownWords");
        assertThat(send(post(versions + "/outcomes"), commissioner, write(Map.of("ownWords", "x".repeat(1001))), 400)
                .get("detail").asString()).contains("1000 characters or fewer");
        assertThat(send(post(versions + "/outcomes"), commissioner, "{\"ownWords\": \"Ok\", \"level\": \"CITY\"}",
                400).get("errors").get(0).get("message").asString())
                .isEqualTo("'level' must be one of SERVICE, COMMUNITY");
        String sql = "Robert'); drop table outcome; --";
        JsonNode outcome = send(post(versions + "/outcomes"), commissioner, write(Map.of("ownWords", sql)), 201);
        assertThat(outcome.get("ownWords").asString()).isEqualTo(sql);
        String indicators = versions + "/outcomes/" + outcome.get("id").asString() + "/indicators";
        send(post(indicators), commissioner, write(Map.of("name", "Big", "direction", "INCREASE", "kind",
                "OUTCOME", "method", "SURVEY", "target", "1e20")), 400);
        send(post(indicators), commissioner, write(Map.of("name", "Fine", "direction", "INCREASE", "kind",
                "OUTCOME", "method", "SURVEY", "target", "1.23456")), 400);
        send(post(indicators), commissioner, write(Map.of("name", "No kind", "direction", "INCREASE",
                "method", "SURVEY")), 400);
        assertThat(jdbc.sql("select count(*) from outcome_indicator where outcome_id = ?")
                .param(UUID.fromString(outcome.get("id").asString())).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from outcome where version_id = ?").param(framework.latest().id())
                .query(Long.class).single()).isOne();
        send(post(api + "/outcomes-review-groups"), commissioner, write(Map.of("name", "Strangers",
                "memberIds", List.of(demo.person(Demo.CITIZEN).toString()))), 404);
    }

    @Test
    void anotherOrganisationsFrameworksAreNotFound() throws Exception {
        var framework = start();
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String stranger = newPerson(elsewhere, Role.COMMISSIONER);
        String theirs = "/api/v1/organisations/" + elsewhere + "/outcomes-frameworks/" + framework.id();
        send(get(theirs), stranger, null, 404);
        send(get(theirs + "/versions/1"), stranger, null, 404);
        send(post(theirs + "/versions/1/outcomes"), stranger, "{\"ownWords\": \"Mine now\"}", 404);
        send(get(api + "/outcomes-frameworks/" + framework.id()), stranger, null, 404);
        send(get("/api/v1/organisations/" + elsewhere + "/commissions/" + commission + "/outcomes-framework"),
                stranger, null, 404);
        mvc.perform(get("/o/" + elsewhere + "/outcomes/" + framework.id() + "/versions/1").with(as(stranger)))
                .andExpect(status().isNotFound());
        assertThat(send(get("/api/v1/organisations/" + elsewhere + "/outcomes-frameworks"), stranger, null, 200)
                .valueStream()).isEmpty();
    }

    private JsonNode send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String email, String body, int expected) throws Exception {
        request.with(as(email)).with(csrf()).accept("application/json");
        if (body != null) {
            request.contentType("application/json").content(body);
        }
        String answer = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return answer.isEmpty() ? null : json.readTree(answer);
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }
}
