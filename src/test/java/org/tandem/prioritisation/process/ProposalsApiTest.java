package org.tandem.prioritisation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.support.TenantTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Proposals through the API: the same rules, roles and tenancy as the pages. */
class ProposalsApiTest extends TenantTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private JsonMapper json;

    private UUID council;
    private String officer;
    private String finance;
    private String citizen;
    private PbProcessView collecting;
    private String api;

    @BeforeEach
    void ownCouncil() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        finance = newPerson(council, Role.FINANCE_OFFICER);
        citizen = newPerson("Kai Brown", council, Role.CITIZEN_CO_PRODUCER);
        collecting = PbSteps.process(processes, council, 3, Eligibility.SIGNED_IN, true);
        api = "/api/v1/organisations/" + council + "/pb-processes/" + collecting.id() + "/proposals";
    }

    @Test
    void aCitizenPutsAnIdeaForwardAndOfficersCostAndAcceptIt() throws Exception {
        JsonNode created = send(post(api), citizen, write(Map.of("title", "A podcast studio",
                "description", "Microphones and a mixing desk", "ward", "Eastfield",
                "districtId", collecting.districts().getFirst().id().toString(), "estimatedCost", "8000")), 201);
        assertThat(created.get("number").asInt()).isEqualTo(1);
        assertThat(created.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(created.get("proposerName").asString()).isEqualTo("Kai Brown");
        assertThat(created.get("proposerEmail").isNull()).as("a citizen is not shown emails").isTrue();
        assertThat(created.get("estimatedCost").asString()).isEqualTo("8000.00");
        String one = api + "/" + created.get("id").asString();

        JsonNode assessed = send(post(one + "/assessment"), finance, write(Map.of("feasibility", "FEASIBLE",
                "finalCost", "7450.00", "costReason", "The library supplier's quote", "version", 0)), 200);
        assertThat(assessed.get("cost").asString()).isEqualTo("7450.00");
        assertThat(send(post(one + "/decision"), finance, write(Map.of("status", "ACCEPTED", "reason", "Yes",
                "version", 1)), 403)).isNotNull();
        JsonNode accepted = send(post(one + "/decision"), officer, write(Map.of("status", "ACCEPTED",
                "reason", "It can be done this year", "version", 1)), 200);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("proposerEmail").asString()).isEqualTo(citizen);
        assertThat(accepted.get("decisionReason").asString()).isEqualTo("It can be done this year");

        JsonNode listed = send(get(api + "?status=ACCEPTED"), citizen, null, 200);
        assertThat(listed.get("items").get(0).get("title").asString()).isEqualTo("A podcast studio");
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(send(get(api + "?status=REJECTED"), citizen, null, 200).get("total").asInt()).isZero();
        assertThat(auditEvents(council, "prioritisation.proposal-decided")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedByNameAndNothingIsStored() throws Exception {
        assertThat(field(send(post(api), citizen, write(Map.of("title", " ", "description", "x",
                "estimatedCost", "10")), 400))).isEqualTo("title");
        assertThat(field(send(post(api), citizen, write(Map.of("title", "Lights", "description", "x",
                "estimatedCost", "ten pounds")), 400))).isEqualTo("estimatedCost");
        assertThat(field(send(post(api), citizen, write(Map.of("title", "Lights", "description", "x",
                "estimatedCost", "60000.01")), 400))).isEqualTo("estimatedCost");
        assertThat(field(send(post(api), citizen, write(Map.of("title", "Lights", "description", "x",
                "estimatedCost", "10", "districtId", "not-an-id")), 400))).isEqualTo("districtId");
        assertThat(field(send(post(api), citizen, write(Map.of("title", "Lights", "description", "x",
                "estimatedCost", "10", "outcomeIds", List.of(UUID.randomUUID().toString()))), 400)))
                .isEqualTo("outcomeIds");
        assertThat(jdbc.sql("select count(*) from pb_proposal where process_id = ?").param(collecting.id())
                .query(Long.class).single()).isZero();

        String script = "<script>alert('x')</script>";
        JsonNode stored = send(post(api), citizen, write(Map.of("title", script, "description", script,
                "estimatedCost", "10")), 201);
        assertThat(stored.get("title").asString()).isEqualTo(script);
        String one = api + "/" + stored.get("id").asString();
        assertThat(field(send(post(one + "/assessment"), officer, write(Map.of("feasibility", "MAYBE",
                "version", 0)), 400))).isEqualTo("feasibility");
        assertThat(field(send(post(one + "/assessment"), officer, write(Map.of("feasibility", "FEASIBLE")), 400)))
                .isEqualTo("version");
        assertThat(field(send(post(one + "/decision"), officer, write(Map.of("status", "SUBMITTED",
                "version", 0)), 400))).isEqualTo("status");
        send(post(one + "/assessment"), officer, write(Map.of("feasibility", "FEASIBLE", "version", 7)), 409);
        assertThat(field(send(put(one + "/outcomes"), officer, write(Map.of("outcomeIds",
                List.of(UUID.randomUUID().toString()))), 400))).isEqualTo("outcomeIds");
        assertThat(send(get(one), officer, null, 200).get("feasibility").asString()).isEqualTo("NOT_ASSESSED");
    }

    @Test
    void proposalsOutsideCollectionAndOtherOrganisationsAreRefused() throws Exception {
        PbProcessView voting = PbSteps.process(processes, council, 25, Eligibility.SIGNED_IN, true);
        String late = "/api/v1/organisations/" + council + "/pb-processes/" + voting.id() + "/proposals";
        assertThat(send(post(late), citizen, write(Map.of("title", "Late", "description", "x",
                "estimatedCost", "10")), 400).get("detail").asString())
                .contains("only be put forward during proposal collection");

        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String stranger = newPerson(elsewhere, Role.COMMISSIONER);
        JsonNode mine = send(post(api), citizen, write(Map.of("title", "Mine", "description", "x",
                "estimatedCost", "10")), 201);
        String theirs = "/api/v1/organisations/" + elsewhere + "/pb-processes/" + collecting.id() + "/proposals";
        send(get(theirs), stranger, null, 404);
        send(get(theirs + "/" + mine.get("id").asString()), stranger, null, 404);
        send(post(theirs + "/" + mine.get("id").asString() + "/decision"), stranger,
                write(Map.of("status", "REJECTED", "reason", "Ours now", "version", 0)), 404);
        send(get(api), stranger, null, 404);
        assertThat(send(get(api + "/" + mine.get("id").asString()), citizen, null, 200).get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asString();
    }

    private JsonNode send(MockHttpServletRequestBuilder request, String email, String body, int expected)
            throws Exception {
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
