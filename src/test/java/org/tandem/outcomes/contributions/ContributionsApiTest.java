package org.tandem.outcomes.contributions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.tandem.outcomes.contributions.internal.Contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contributions through the API: the same rules and words as the pages. */
class ContributionsApiTest extends ContributionsTest {

    private String api;

    @BeforeEach
    void open() {
        openFramework();
        api = "/api/v1/organisations/" + council + "/outcomes-frameworks/" + framework.id() + "/versions/1";
    }

    @Test
    void aCitizenSuggestsAndACommissionerMergesAndTheTrailShowsIt() throws Exception {
        String body = mvc.perform(post(api + "/contributions").with(csrf()).with(as(citizen))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "SUGGESTION", "words": "Someone to talk to", "speakingAs": "CARER"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.visibility").value("SHOWN"))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");

        mvc.perform(post(api + "/contributions/" + id + "/endorsements").with(csrf()).with(as(panel)))
                .andExpect(status().isCreated());
        mvc.perform(post(api + "/contributions/" + id + "/endorsements").with(csrf()).with(as(panel)))
                .andExpect(status().isOk());
        mvc.perform(post(api + "/contributions/" + id + "/merge").with(csrf()).with(as(citizen))
                .contentType(MediaType.APPLICATION_JSON).content("{\"into\": \"NEW\", \"version\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(api + "/contributions/" + id + "/merge").with(csrf()).with(as(commissioner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"into\": \"NEW\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.containsString("Send the version you read")));
        String merged = mvc.perform(post(api + "/contributions/" + id + "/merge").with(csrf()).with(as(commissioner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"into\": \"NEW\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.endorsements").value(1))
                .andReturn().getResponse().getContentAsString();
        String outcomeId = com.jayway.jsonpath.JsonPath.read(merged, "$.outcomeId");

        mvc.perform(get(api + "/outcomes/" + outcomeId + "/trail").with(as(panel)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownWords").value("Someone to talk to"))
                .andExpect(jsonPath("$.trail[0].words").value("Someone to talk to"))
                .andExpect(jsonPath("$.trail[0].speakingAs").value("CARER"));
    }

    @Test
    void workshopsAndModerationThroughTheApiKeepTheRulesAndHideTheReasonFromNonModerators() throws Exception {
        mvc.perform(post(api + "/workshops").with(csrf()).with(as(commissioner))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"method": "WORLD_CAFE", "heldOn": "18/11/2026", "title": "Café",
                                 "participants": {"PERSON_USING_SERVICES": 5}, "outputs": ["Buses"]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.containsString("YYYY-MM-DD")));
        mvc.perform(post(api + "/workshops").with(csrf()).with(as(commissioner))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"method": "APPRECIATIVE_INQUIRY", "heldOn": "2026-11-18", "title": "Best days",
                                 "participants": {"PERSON_USING_SERVICES": 5, "PROFESSIONAL": 1},
                                 "outputs": ["Somewhere to go"]}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("APPRECIATIVE_INQUIRY"));

        Contribution output = contributing.ofVersion(council, draft).getFirst();
        mvc.perform(post(api + "/contributions/" + output.id() + "/moderation").with(csrf()).with(as(commissioner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visibility\": \"HIDDEN\", \"reason\": \"Test reason\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.moderationReason").value("Test reason"));
        mvc.perform(get(api + "/contributions").with(as(citizen))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(api + "/contributions/" + output.id()).with(as(commissioner)))
                .andExpect(jsonPath("$.visibility").value("HIDDEN"));
        mvc.perform(get(api + "/contribution-call").with(as(citizen)))
                .andExpect(jsonPath("$.open").value(true)).andExpect(jsonPath("$.publicLink").value(nullValue()));
        mvc.perform(put(api + "/contribution-call/public-link").with(csrf()).with(as(commissioner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"open\": true}"))
                .andExpect(status().isOk());
        assertThat(calls.call(council, draft).orElseThrow().isPublic()).isTrue();
    }
}
