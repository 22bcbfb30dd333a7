package org.tandem.coproduction.web;

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
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CoProductionApiTest extends ApiTest {

    private UUID council;
    private UUID commission;
    private String citizen;
    private String commissioner;
    private String base;

    @BeforeEach
    void ownCommission() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        commission = newCommission(council);
        citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
        commissioner = newPerson(council, Role.COMMISSIONER);
        base = coProduction(council, commission);
    }

    @Test
    void aCitizenCoProducerRecordsAnActivityWithAToken() throws Exception {
        Map<String, Object> activity = activity("Peer research with young carers");
        activity.put("namedPeople", List.of(Map.of("personId", demo.person(citizen).toString()),
                Map.of("name", "Sam Idowu")));
        activity.put("equalities", Map.of("AGE_11_TO_15", 8, "AGE_16_TO_18", 4));
        MvcResult created = mvc.perform(post(base + "/activities").with(bearer(tokenFor(citizen)))
                        .contentType(JSON).content(write(activity)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Peer research with young carers"))
                .andExpect(jsonPath("$.heldOn").value("2026-07-15"))
                .andExpect(jsonPath("$.participants.PERSON_USING_SERVICES").value(12))
                .andExpect(jsonPath("$.participantTotal").value(14))
                .andExpect(jsonPath("$.approach").value("DOING_WITH"))
                .andExpect(jsonPath("$.namedPeople[0].personId").value(demo.person(citizen).toString()))
                .andExpect(jsonPath("$.namedPeople[1].name").value("Sam Idowu"))
                .andExpect(jsonPath("$.equalities.AGE_11_TO_15").value(8))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        String id = body(created).get("id").asString();
        assertThat(location).endsWith(base + "/activities/" + id);
        mvc.perform(get(location).with(as(newPerson(council, Role.SCRUTINY_MEMBER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modes[0]").value("CO_DESIGN"));
        assertThat(auditEvents("coproduction.activity-recorded", id)).isEqualTo(1);
    }

    @Test
    void everyProblemIsReportedAgainstItsProperty() throws Exception {
        Map<String, Object> wrong = activity("");
        wrong.put("heldOn", "2026-02-30");
        wrong.put("phase", "LAUNCH");
        wrong.put("participants", Map.of("CARER", -3, "ROBOTS", 2, "PROVIDER", 5_000_000));
        wrong.put("modes", List.of("CO_CONQUEST"));
        wrong.put("rung", null);
        wrong.put("purpose", "p".repeat(4001));
        wrong.put("namedPeople", List.of(Map.of("personId", "' or 1=1 --")));
        JsonNode problem = body(mvc.perform(post(base + "/activities").with(as(citizen)).with(csrf())
                        .contentType(JSON).content(write(wrong)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andReturn());
        Map<String, String> errors = new HashMap<>();
        problem.get("errors").valueStream()
                .forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(errors)
                .containsEntry("heldOn", "The date must be a real date written as yyyy-mm-dd, like 2026-07-15")
                .containsEntry("title", "Enter a title for the activity")
                .containsEntry("purpose", "Purpose must be 4,000 characters or fewer")
                .containsEntry("rung", "Select the rung of the ladder the activity reached")
                .containsKeys("phase", "participants", "modes", "namedPeople");
        assertThat(errors.get("phase")).startsWith("'phase' must be one of INSIGHT, PLANNING");
        assertThat(errors.get("participants")).contains("'ROBOTS' is not one of PROFESSIONAL");
        mvc.perform(post(base + "/activities").with(as(citizen)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("heldOn", "2026-07-15", "participants", Map.of("CARER", "lots")))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON));
        Map<String, Object> counts = activity("Counts");
        counts.put("participants", Map.of("CARER", -3, "PROVIDER", 5_000_000));
        counts.put("equalities", Map.of("AGE_11_TO_15", 1));
        mvc.perform(post(base + "/activities").with(as(citizen)).with(csrf()).contentType(JSON).content(write(counts)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("participants[CARER]")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Number of providers must be 100,000 or fewer")));
        mvc.perform(post(base + "/activities").with(as(citizen)).with(csrf()).contentType(JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON));
        assertThat(jdbc.sql("select count(*) from coproduction_activity where commission_id = ?").param(commission)
                .query(Long.class).single()).isZero();
    }

    @Test
    void titlesAndNamesStayOnOneLineAndNoNulReachesTheDatabase() throws Exception {
        Map<String, Object> forged = activity("Workshop\nAudit: everything deleted");
        forged.put("namedPeople", List.of(Map.of("name", "Sam\tIdowu")));
        mvc.perform(post(base + "/activities").with(as(citizen)).with(csrf()).contentType(JSON).content(write(forged)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Title must be on one line, without tabs or line breaks")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Each name must be on one line, without tabs")));
        Map<String, Object> nul = activity("With a NUL");
        nul.put("purpose", "Before\u0000after\nand a second line");
        String id = send(nul);
        assertThat(jdbc.sql("select purpose from coproduction_activity where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("Beforeafter\nand a second line");
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        String id = recorded("Edited twice");
        Map<String, Object> first = activity("First change");
        first.put("version", 0);
        mvc.perform(put(base + "/activities/" + id).with(as(citizen)).with(csrf()).contentType(JSON)
                        .content(write(first)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        Map<String, Object> stale = activity("Stale change");
        stale.put("version", 0);
        mvc.perform(put(base + "/activities/" + id).with(as(commissioner)).with(csrf()).contentType(JSON)
                        .content(write(stale)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Someone else changed this activity")));
        mvc.perform(put(base + "/activities/" + id).with(as(commissioner)).with(csrf()).contentType(JSON)
                        .content(write(activity("No version"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get(base + "/activities/" + id).with(as(citizen)))
                .andExpect(jsonPath("$.title").value("First change"));
    }

    @Test
    void onlyCommissionersDelete() throws Exception {
        String id = recorded("To delete");
        mvc.perform(delete(base + "/activities/" + id).with(as(citizen)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(delete(base + "/activities/" + id).with(bearer(tokenFor(commissioner))))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/activities/" + id).with(as(citizen)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
        assertThat(auditEvents("coproduction.activity-deleted", id)).isEqualTo(1);
    }

    @Test
    void theListFiltersSortsAndPages() throws Exception {
        recorded("Consulting widely");
        Map<String, Object> top = activity("Young people run it");
        top.put("rung", "CO_PRODUCING");
        top.put("modes", List.of("CO_PRIORITISATION"));
        top.put("method", "PEER_RESEARCH");
        send(top);
        mvc.perform(get(base + "/activities").param("mode", "CO_COMMISSIONING").with(as(citizen)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Young people run it"));
        mvc.perform(get(base + "/activities").param("sort", "RUNG").param("size", "1").with(as(citizen)))
                .andExpect(jsonPath("$.items[0].title").value("Young people run it"))
                .andExpect(jsonPath("$.pageCount").value(2));
        mvc.perform(get(base + "/activities").param("q", "WIDELY").param("method", "WORKSHOP").with(as(citizen)))
                .andExpect(jsonPath("$.total").value(1));
        for (String[] wrong : new String[][] {{"phase", "LAUNCH"}, {"rung", "ROOF"}, {"mode", "CO_OP"},
                {"method", "SEANCE"}, {"sort", "RANDOM"}, {"page", "first"}}) {
            mvc.perform(get(base + "/activities").param(wrong[0], wrong[1]).with(as(citizen)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(wrong[0]));
        }
    }

    @Test
    void theSummaryTellsTheDemoStory() throws Exception {
        String youth = coProduction(demo.council(), demo.youthCommission());
        mvc.perform(get(youth + "/summary").with(as(Demo.SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities").value(11))
                .andExpect(jsonPath("$.missingCos[0]").value("CO_DELIVERY"))
                .andExpect(jsonPath("$.needhamCarr.level").value("INTERMEDIATE"))
                .andExpect(jsonPath("$.matrix.derived.model").value("USER_INVOLVEMENT_IN_PLANNING"))
                .andExpect(jsonPath("$.matrix.derived.planning.involvement").value("PROFESSIONALS_WITH_USERS"))
                .andExpect(jsonPath("$.matrix.derived.delivery.involvement").value("PROFESSIONALS_ONLY"))
                .andExpect(jsonPath("$.usualSuspects.warning").value(true))
                .andExpect(jsonPath("$.usualSuspects.threshold").value(9))
                .andExpect(jsonPath("$.usualSuspects.regulars[0].name").value("Jordan Reid"))
                .andExpect(jsonPath("$.ladder.byQuarter[1].quarter").value("2026-Q3"))
                .andExpect(jsonPath("$.ladder.byRung[6].rung").value("CO_PRODUCING"));
        mvc.perform(get(coProduction(demo.organisation(Demo.ICB), demo.youthCommission()) + "/summary")
                        .with(as(Demo.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities").value(11));
    }

    @Test
    void aCommissionerConfirmsTheMatrixAndMustSayWhyWhenChangingIt() throws Exception {
        recorded("Co-design with users");
        mvc.perform(put(base + "/matrix").with(as(commissioner)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("model", "FULL_CO_PRODUCTION"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(put(base + "/matrix").with(as(commissioner)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("model", "MIDDLE"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("model"));
        mvc.perform(put(base + "/matrix").with(as(citizen)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("model", "USER_INVOLVEMENT_IN_PLANNING"))))
                .andExpect(status().isForbidden());
        mvc.perform(put(base + "/matrix").with(as(commissioner)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("model", "FULL_CO_PRODUCTION", "reason", "Young people run the club"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matrix.confirmed.model").value("FULL_CO_PRODUCTION"))
                .andExpect(jsonPath("$.matrix.confirmed.derivedWhenConfirmed").value("USER_INVOLVEMENT_IN_PLANNING"))
                .andExpect(jsonPath("$.matrix.confirmed.reason").value("Young people run the club"))
                .andExpect(jsonPath("$.matrix.derived.model").value("USER_INVOLVEMENT_IN_PLANNING"));
    }

    @Test
    void outsidersAndProvidersFindNothingAndPartnersOnlyRead() throws Exception {
        String id = recorded("Ours");
        UUID other = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(other, Role.COMMISSIONER);
        UUID theirCommission = newCommission(other);
        for (String path : new String[] {coProduction(other, commission) + "/activities",
                coProduction(other, commission) + "/activities/" + id, coProduction(other, commission) + "/summary",
                coProduction(other, theirCommission) + "/activities/" + id, base + "/activities/not-an-id",
                base + "/activities"}) {
            mvc.perform(get(path).with(as(path.startsWith(base) && !path.contains("not-an-id") ? Demo.PROVIDER
                            : outsider)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(PROBLEM_JSON));
        }
        Map<String, Object> hijack = activity("Hijacked");
        hijack.put("version", 0);
        mvc.perform(put(coProduction(other, theirCommission) + "/activities/" + id).with(as(outsider)).with(csrf())
                        .contentType(JSON).content(write(hijack)))
                .andExpect(status().isNotFound());
        Map<String, Object> theirPerson = activity("Their person");
        theirPerson.put("namedPeople", List.of(Map.of("personId", demo.person(citizen).toString())));
        mvc.perform(post(coProduction(other, theirCommission) + "/activities").with(as(outsider)).with(csrf())
                        .contentType(JSON).content(write(theirPerson)))
                .andExpect(status().isNotFound());

        String youth = coProduction(demo.organisation(Demo.ICB), demo.youthCommission());
        mvc.perform(get(youth + "/activities").with(as(Demo.PARTNER))).andExpect(jsonPath("$.total").value(11));
        mvc.perform(post(youth + "/activities").with(as(Demo.PARTNER)).with(csrf()).contentType(JSON)
                        .content(write(activity("From the partner"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(put(youth + "/matrix").with(as(Demo.PARTNER)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("model", "TRADITIONAL"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select title from coproduction_activity where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("Ours");
    }

    private String recorded(String title) throws Exception {
        return send(activity(title));
    }

    private String send(Map<String, Object> activity) throws Exception {
        return body(mvc.perform(post(base + "/activities").with(as(citizen)).with(csrf()).contentType(JSON)
                        .content(write(activity)))
                .andExpect(status().isCreated()).andReturn()).get("id").asString();
    }

    private static Map<String, Object> activity(String title) {
        Map<String, Object> activity = new HashMap<>();
        activity.put("heldOn", "2026-07-15");
        activity.put("phase", "INSIGHT");
        activity.put("method", "WORKSHOP");
        activity.put("title", title);
        activity.put("purpose", "Find out what makes a good day");
        activity.put("participants", Map.of("PERSON_USING_SERVICES", 12, "PROFESSIONAL", 2));
        activity.put("rung", "CO_DESIGNING");
        activity.put("modes", List.of("CO_DESIGN"));
        activity.put("level", "MACRO");
        return activity;
    }

    private static String coProduction(UUID organisation, UUID commission) {
        return "/api/v1/organisations/" + organisation + "/commissions/" + commission + "/co-production";
    }
}
