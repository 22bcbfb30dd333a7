package org.tandem.outcomes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quality characteristics, demand views and logic models of planned services through the API with a token, with
 * the pages' rules: problems reported against their property, nothing saved on a mistake, roles and organisations.
 */
class PlanningApiTest extends PlanningTest {

    private UUID commission;
    private String token;

    @BeforeEach
    void ownCommission() {
        commission = newCommission(demo.council());
        token = tokenFor(Demo.OFFICER);
    }

    @Test
    void qualityCharacteristicsAreWrittenMovedAndRemovedWithAToken() throws Exception {
        String base = apiPath(commission) + "/quality-characteristics";
        MvcResult created = mvc.perform(post(base).with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("name", "Co-produced", "usersWords", "We plan it with them"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.version").value(0)).andReturn();
        String id = body(created).get("id").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(base + "/" + id);
        mvc.perform(post(base + "/templates").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("template", "ISLINGTON"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5));
        mvc.perform(post(base + "/" + id + "/move").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("direction", "DOWN"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[1].name").value("Co-produced"));
        mvc.perform(put(base + "/" + id).with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("name", "Co-produced", "professionalWords", "Co-produced"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put(base + "/" + id).with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("name", "Expanding horizons", "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put(base + "/" + id).with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("name", "Co-produced with young people", "version", 3))))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base + "/templates").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("template", "EVERYWHERE"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Send ISLINGTON or CAMDEN"));
        mvc.perform(delete(base + "/" + id).with(bearer(tokenFor(newPerson(demo.council(), Role.SCRUTINY_MEMBER)))))
                .andExpect(status().isForbidden());
        mvc.perform(delete(base + "/" + id).with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(get(base + "/" + id).with(bearer(token))).andExpect(status().isNotFound());
        assertThat(rows("quality_characteristic", commission)).isEqualTo(5);
    }

    @Test
    void aDemandViewIsWorkedOutExactlyAndEveryProblemNamesItsProperty() throws Exception {
        UUID need = need(commission, "Somewhere safe to go in the evenings");
        String path = apiPath(commission) + "/demand/" + need;
        Map<String, Object> view = new HashMap<>(Map.of("measure", "POUNDS", "recognised", "2500000.00",
                "behaviourChange", "0.01", "coProduction", "499999.99"));
        mvc.perform(put(path).with(bearer(token)).contentType(JSON).content(write(view)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commissioned").value(2000000.00))
                .andExpect(jsonPath("$.signOff").doesNotExist())
                .andExpect(jsonPath("$.version").value(0));
        Map<String, Object> wrong = new HashMap<>(Map.of("measure", "PEOPLE", "recognised", 10,
                "behaviourChange", 8, "coProduction", 3, "signedOffBy", "Cllr Hussain", "signedOffOn", "2026-02-30",
                "version", 0));
        JsonNode problem = body(mvc.perform(put(path).with(bearer(token)).contentType(JSON).content(write(wrong)))
                .andExpect(status().isBadRequest()).andExpect(content().contentType(PROBLEM_JSON)).andReturn());
        Map<String, String> errors = new HashMap<>();
        problem.get("errors").valueStream()
                .forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(errors)
                .containsEntry("signedOffAtBody", "Enter the body or meeting that signed it off")
                .containsEntry("signedOffOn", "The date of the sign-off must be a real date written as yyyy-mm-dd, "
                        + "like 2027-01-20")
                .containsEntry("coProduction", "Behaviour change and co-production together (11 people) cannot "
                        + "meet more than the recognised level of need (10 people)");
        mvc.perform(put(path).with(bearer(token)).contentType(JSON)
                        .content("{\"measure\": \"PEOPLE\", \"recognised\": \"lots\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(get(path).with(bearer(token))).andExpect(jsonPath("$.measure").value("POUNDS"));
        mvc.perform(put(apiPath(commission) + "/demand/" + UUID.randomUUID()).with(bearer(token)).contentType(JSON)
                        .content(write(view)))
                .andExpect(status().isNotFound());
        String outsider = newPerson(newOrganisation(OrganisationKind.COMMISSIONING_BODY), Role.COMMISSIONER);
        mvc.perform(get(path).with(bearer(tokenFor(outsider)))).andExpect(status().isNotFound());
    }

    @Test
    void aLogicModelOfAPlannedServiceIsBuiltStepByStep() throws Exception {
        String base = apiPath(commission) + "/logic-models";
        JsonNode model = body(mvc.perform(post(base).with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("title", "Evening clubs", "subject", "PLANNED_SERVICE",
                                "plannedService", "Evening youth clubs on the estates"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subjectName").value("Evening youth clubs on the estates"))
                .andExpect(jsonPath("$.locked").value(false)).andReturn());
        String path = base + "/" + model.get("id").asString();
        mvc.perform(post(path + "/steps").with(bearer(token)).contentType(JSON)
                .content(write(Map.of("stage", "INPUT", "text", "Youth workers")))).andExpect(status().isCreated());
        JsonNode withSteps = body(mvc.perform(post(path + "/steps").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("stage", "ACTIVITY", "text", "Evening sessions"))))
                .andExpect(status().isCreated()).andReturn());
        List<String> steps = withSteps.get("steps").valueStream().map(s -> s.get("id").asString()).toList();
        mvc.perform(post(path + "/links").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("fromStepId", steps.get(1), "toStepId", steps.get(0)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toStepId"));
        mvc.perform(post(path + "/links").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("fromStepId", steps.get(0), "toStepId", steps.get(1),
                                "assumption", "Trusted adults"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links[0].number").value(1))
                .andExpect(jsonPath("$.links[0].assumption").value("Trusted adults"));
        mvc.perform(post(path + "/steps").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("stage", "IMPACT", "text", ""))))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path + "/copy").with(bearer(token))).andExpect(status().isBadRequest());
        mvc.perform(get(path).with(as(Demo.CITIZEN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(2));
        mvc.perform(post(base).with(as(Demo.CITIZEN)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("title", "Mine", "subject", "PLANNED_SERVICE", "plannedService", "x"))))
                .andExpect(status().isForbidden());
    }
}
