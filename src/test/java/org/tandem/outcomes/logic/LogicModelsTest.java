package org.tandem.outcomes.logic;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesTest;
import org.tandem.outcomes.ReviewDecision;
import org.tandem.outcomes.internal.ReviewGroup;
import org.tandem.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A theory of change for an outcome: started from the framework's draft, its steps in Table 5's four stages, links
 * only from one stage to the next with their assumptions and evidence, drawn and listed; locked through every route
 * once the framework version is agreed, and copied to the next draft to move on.
 */
class LogicModelsTest extends OutcomesTest {

    private String officer;
    private FrameworkView framework;
    private OutcomeView safe;
    private String base;

    @BeforeEach
    void frameworkWithAnOutcome() {
        newCouncilAndCommission();
        officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        framework = start();
        safe = editing.add(actor(commissioner), council, framework.latest().id(), outcome("I have somewhere safe "
                + "to go"));
        base = "/o/" + council + "/commissions/" + commission + "/logic-models";
    }

    @Test
    void aModelOfAnOutcomeIsDrawnAndListedWithEachLinksAssumptionAndEvidence() throws Exception {
        UUID model = startModel();
        UUID workers = step(model, "INPUT", "Two youth workers");
        UUID sessions = step(model, "ACTIVITY", "Evening sessions");
        UUID run = step(model, "OUTPUT", "Sessions run each week");
        UUID feelSafe = step(model, "OUTCOME", "Young people feel safe");
        mvc.perform(link(model, workers, sessions).param("assumption", "Trusted adults make a session feel safe")
                        .param("evidenceText", "The site visit found staff knew everyone by name"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(link(model, sessions, run)).andExpect(status().is3xxRedirection());
        mvc.perform(link(model, run, feelSafe)).andExpect(status().is3xxRedirection());

        mvc.perform(get(base + "/" + model).with(as(citizen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        + "class=\"tandem-logic-diagram\"")))
                .andExpect(content().string(containsString("1 inputs, 1 activities, 1 outputs, 1 outcomes, joined by "
                        + "3 numbered links")))
                .andExpect(content().string(containsString("1. Input: Two youth workers leads to activity: Evening "
                        + "sessions")))
                .andExpect(content().string(containsString("Trusted adults make a session feel safe")))
                .andExpect(content().string(containsString("The site visit found staff knew everyone by name")))
                .andExpect(content().string(containsString("No evidence yet")))
                .andExpect(content().string(containsString("I have somewhere safe to go")))
                .andExpect(content().string(not(containsString("Add a step"))));
        assertThat(auditEvents(council, "outcomes.logic-model-created")).isOne();
        assertThat(auditEvents(council, "outcomes.logic-step-added")).isEqualTo(4);
        assertThat(auditEvents(council, "outcomes.logic-link-added")).isEqualTo(3);

        UUID firstLink = jdbc.sql("select id from logic_link where model_id = ? and position = 1").param(model)
                .query(UUID.class).single();
        mvc.perform(post(base + "/" + model + "/links/" + firstLink).param("assumption", "Adults young people trust")
                        .with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + model + "/steps/" + sessions + "/remove").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from logic_link where model_id = ?").param(model).query(Long.class)
                .single()).as("the activity's two links went with it").isOne();
    }

    @Test
    void aLinkRunsOnlyFromOneStageToTheNextBetweenTheModelsOwnSteps() throws Exception {
        UUID model = startModel();
        UUID workers = step(model, "INPUT", "Two youth workers");
        UUID sessions = step(model, "ACTIVITY", "Evening sessions");
        UUID feelSafe = step(model, "OUTCOME", "Young people feel safe");
        mvc.perform(link(model, workers, feelSafe)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A link leads from one stage to the next")));
        mvc.perform(link(model, sessions, workers)).andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot lead to input")));
        mvc.perform(link(model, workers, sessions).param("evidenceItemId", UUID.randomUUID().toString()))
                .andExpect(content().string(containsString("Choose an evidence item of this commission")));
        mvc.perform(link(model, workers, sessions).param("evidenceItemId", "' or 1=1 --"))
                .andExpect(content().string(containsString("Choose an evidence item of this commission")));
        mvc.perform(link(model, workers, sessions)).andExpect(status().is3xxRedirection());
        mvc.perform(link(model, workers, sessions)).andExpect(status().isOk())
                .andExpect(content().string(containsString("already leads to")));
        UUID elsewhere = startModel();
        UUID otherStep = step(elsewhere, "ACTIVITY", "Something else");
        mvc.perform(link(model, workers, otherStep)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose where the link leads from the list")));
        assertThat(jdbc.sql("select count(*) from logic_link where model_id = ?").param(model).query(Long.class)
                .single()).isOne();
    }

    @Test
    void mistakesAndHostileWordsAreExplainedOrShownAsText() throws Exception {
        mvc.perform(post(base).param("title", " ").param("subject", "OUTCOME").with(csrf()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a title for the logic model")))
                .andExpect(content().string(containsString("Choose the outcome the model explains")));
        mvc.perform(post(base).param("title", "Elsewhere").param("subject", "OUTCOME")
                        .param("outcomeId", UUID.randomUUID().toString()).with(csrf()).with(as(officer)))
                .andExpect(content().string(containsString("Choose an outcome of the commission")));
        mvc.perform(post(base).param("title", "Service").param("subject", "CURRENT_SERVICE")
                        .param("serviceId", UUID.randomUUID().toString()).with(csrf()).with(as(officer)))
                .andExpect(content().string(containsString("Choose a service from the baseline")));
        assertThat(jdbc.sql("select count(*) from logic_model where commission_id = ?").param(commission)
                .query(Long.class).single()).isZero();

        UUID model = startModel();
        mvc.perform(post(base + "/" + model + "/steps").param("stage", "OUTPUTS!").param("text", "x".repeat(301))
                        .with(csrf()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the stage: input, activity, output or outcome")))
                .andExpect(content().string(containsString("The step must be 300 characters or fewer")));
        step(model, "INPUT", "<script>alert(1)</script> & \"youth\" workers");
        mvc.perform(get(base + "/" + model).with(as(panel)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void onceItsVersionIsAgreedTheModelIsLockedThroughEveryRouteAndCopiedToTheNextDraft() throws Exception {
        UUID model = startModel();
        UUID workers = step(model, "INPUT", "Two youth workers");
        UUID sessions = step(model, "ACTIVITY", "Evening sessions");
        mvc.perform(link(model, workers, sessions).param("assumption", "Trusted adults"))
                .andExpect(status().is3xxRedirection());
        UUID link = jdbc.sql("select id from logic_link where model_id = ?").param(model).query(UUID.class).single();
        agreeVersionOne();

        String page = base + "/" + model;
        String api = "/api/v1/organisations/" + council + "/commissions/" + commission + "/logic-models/" + model;
        List<MockHttpServletRequestBuilder> changes = List.of(
                post(page).param("title", "Renamed").param("version", "0"),
                post(page + "/remove"),
                post(page + "/steps").param("stage", "OUTPUT").param("text", "More"),
                post(page + "/steps/" + workers + "/remove"),
                post(page + "/links").param("fromStepId", workers.toString()).param("toStepId", sessions.toString()),
                post(page + "/links/" + link).param("assumption", "Changed"),
                post(page + "/links/" + link + "/remove"),
                put(api).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Renamed\", \"version\": 0}"),
                delete(api),
                post(api + "/steps").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\": \"OUTPUT\", \"text\": \"More\"}"),
                delete(api + "/steps/" + workers),
                post(api + "/links").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromStepId\": \"" + workers + "\", \"toStepId\": \"" + sessions + "\"}"),
                put(api + "/links/" + link).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assumption\": \"Changed\"}"),
                delete(api + "/links/" + link));
        for (MockHttpServletRequestBuilder change : changes) {
            mvc.perform(change.with(csrf()).with(as(commissioner))).andExpect(status().isConflict());
        }
        mvc.perform(get(page).with(as(commissioner)))
                .andExpect(content().string(containsString("Agreed and locked")))
                .andExpect(content().string(containsString("Trusted adults")))
                .andExpect(content().string(not(containsString("Add a step"))));
        assertThat(jdbc.sql("select title from logic_model where id = ?").param(model).query(String.class).single())
                .isEqualTo("Evening sessions on the estates");
        assertThat(jdbc.sql("select count(*) from logic_step where model_id = ?").param(model).query(Long.class)
                .single()).isEqualTo(2);

        mvc.perform(post(page + "/copy").with(csrf()).with(as(commissioner))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("only when the outcomes framework has a new draft")));
        frameworks.newDraft(actor(commissioner), council, framework.id(), "Young Voices asked for more");
        String copy = mvc.perform(post(page + "/copy").with(csrf()).with(as(commissioner)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(copy).with(as(commissioner)))
                .andExpect(content().string(containsString("Version 2")))
                .andExpect(content().string(containsString("Trusted adults")))
                .andExpect(content().string(containsString("Add a step")));
        UUID copied = UUID.fromString(copy.substring(copy.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from logic_link where model_id = ?").param(copied).query(Long.class)
                .single()).isOne();
    }

    @Test
    void theOutcomesReviewTableListsCommunityThenServiceLevelOutcomes() throws Exception {
        mvc.perform(row("SERVICE", "Improved well-being", "Outcomes Star from two providers", "Mental health "
                + "strategy")).andExpect(status().is3xxRedirection());
        mvc.perform(row("COMMUNITY", "Strong and supportive communities", "", "Sustainable communities strategy "
                + "p. 11")).andExpect(status().is3xxRedirection());
        mvc.perform(row("WORLD", "", "d".repeat(2001), "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Select whether it is a community-level or service-level")))
                .andExpect(content().string(containsString("Enter the outcome")))
                .andExpect(content().string(containsString("The data collected must be 2,000 characters or fewer")));
        String page = mvc.perform(get(base).with(as(citizen))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page.indexOf("Strong and supportive communities")).isLessThan(page.indexOf("Improved well-being"));
        assertThat(page).contains("No data currently collected");
        mvc.perform(get("/api/v1/organisations/" + council + "/commissions/" + commission + "/outcomes-review")
                        .with(as(citizen)))
                .andExpect(jsonPath("$[0].level").value("COMMUNITY"))
                .andExpect(jsonPath("$[1].dataCollected").value("Outcomes Star from two providers"));
        UUID row = jdbc.sql("select id from outcome_review_row where commission_id = ? and level = 'SERVICE'")
                .param(commission).query(UUID.class).single();
        mvc.perform(post(base + "/review-rows/" + row + "/remove").with(csrf()).with(as(citizen)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/review-rows/" + row + "/remove").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(auditEvents(council, "outcomes.review-row-added")).isEqualTo(2);
        assertThat(auditEvents(council, "outcomes.review-row-removed")).isOne();
    }

    private UUID startModel() throws Exception {
        String location = mvc.perform(post(base).param("title", "Evening sessions on the estates")
                        .param("subject", "OUTCOME").param("outcomeId", safe.id().toString())
                        .param("serviceId", "ignored").param("plannedService", "ignored too")
                        .with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private UUID step(UUID model, String stage, String text) throws Exception {
        mvc.perform(post(base + "/" + model + "/steps").param("stage", stage).param("text", text).with(csrf())
                .with(as(officer))).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from logic_step where model_id = ? and stage = ? order by position desc limit 1")
                .params(model, stage).query(UUID.class).single();
    }

    private MockHttpServletRequestBuilder link(UUID model, UUID from, UUID to) {
        return post(base + "/" + model + "/links").param("fromStepId", from.toString())
                .param("toStepId", to.toString()).with(csrf()).with(as(officer));
    }

    private MockHttpServletRequestBuilder row(String level, String outcome, String data, String source) {
        return post(base + "/review-rows").param("level", level).param("outcome", outcome)
                .param("dataCollected", data).param("sourceDocument", source).with(csrf()).with(as(officer));
    }

    private void agreeVersionOne() {
        ReviewGroup group = group();
        reviews.send(actor(commissioner), council, framework.id(), 1, group.id());
        reviews.decide(actor(citizen), council, framework.id(), 1, ReviewDecision.AGREE, null);
        reviews.decide(actor(panel), council, framework.id(), 1, ReviewDecision.AGREE, null);
    }
}
