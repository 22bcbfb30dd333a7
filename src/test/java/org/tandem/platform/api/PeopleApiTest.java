package org.tandem.platform.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PeopleApiTest extends ApiTest {

    @Test
    void administratorsListTheirPeopleWithFiltersAndSorting() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String officer = newPerson(organisation, Role.COMMISSIONING_OFFICER);
        String citizen = newPerson(organisation, Role.CITIZEN_CO_PRODUCER, Role.PANEL_MEMBER);
        String base = "/api/v1/organisations/" + organisation + "/people";

        JsonNode all = body(mvc.perform(get(base).with(as(admin))).andExpect(status().isOk()).andReturn());
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(emails(all)).containsExactlyInAnyOrder(admin, officer, citizen);
        JsonNode citizenJson = all.get("items").valueStream()
                .filter(p -> p.get("email").asString().equals(citizen)).findFirst().orElseThrow();
        assertThat(citizenJson.get("roles").valueStream().map(JsonNode::asString))
                .containsExactly("CITIZEN_CO_PRODUCER", "PANEL_MEMBER");
        assertThat(citizenJson.get("active").asBoolean()).isTrue();

        assertThat(emails(body(mvc.perform(get(base).param("role", "PANEL_MEMBER").with(as(admin))).andReturn())))
                .containsExactly(citizen);
        assertThat(emails(body(mvc.perform(get(base).param("q", officer.substring(0, 20)).with(as(admin)))
                .andReturn()))).containsExactly(officer);
        List<String> byEmail = emails(body(mvc.perform(get(base).param("sort", "EMAIL").with(as(admin))).andReturn()));
        assertThat(byEmail).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        mvc.perform(get(base).param("sort", "AGE").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get(base).param("role", "KING").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
    }

    @Test
    void onlyAdministratorsSeeThePeople() throws Exception {
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/people").with(as(Demo.COMMISSIONER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/people").with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/people/" + demo.person(Demo.OFFICER))
                        .with(as(Demo.PARTNER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void oneOfThePeople() throws Exception {
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/people/" + demo.person(Demo.OFFICER))
                        .with(as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(demo.person(Demo.OFFICER).toString()))
                .andExpect(jsonPath("$.displayName").value("Tom Okafor"))
                .andExpect(jsonPath("$.roles[0]").value("COMMISSIONING_OFFICER"));
        // Someone from another organisation is not one of the council's people.
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/people/" + demo.person(Demo.PROVIDER))
                        .with(as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/people/12345").with(as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorReplacesSomeonesRoles() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String person = newPerson(organisation, Role.COMMISSIONING_OFFICER);
        UUID personId = demo.person(person);
        mvc.perform(put("/api/v1/organisations/" + organisation + "/people/" + personId + "/roles")
                        .with(as(admin)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("roles", List.of("FINANCE_OFFICER", "COMMISSIONER")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("COMMISSIONER"))
                .andExpect(jsonPath("$.roles[1]").value("FINANCE_OFFICER"));
        assertThat(rolesOf(personId, organisation)).containsExactly("COMMISSIONER", "FINANCE_OFFICER");
        assertThat(auditEvents("membership.roles-changed", personId)).isEqualTo(1);
    }

    @Test
    void rolesThatCannotBeHeldAreRefusedAndNothingChanges() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        UUID personId = demo.person(newPerson(organisation, Role.COMMISSIONING_OFFICER));
        String path = "/api/v1/organisations/" + organisation + "/people/" + personId + "/roles";
        Object[][] cases = {
                {Map.of("roles", List.of("EMPEROR")), "roles[0]"},
                {Map.of("roles", List.of("PROVIDER_USER")), "roles"},
                {Map.of("roles", List.of()), "roles"},
                {Map.of(), "roles"},
                {Map.of("roles", Arrays.asList("COMMISSIONER", null)), "roles[1]"},
                {Map.of("roles", "COMMISSIONER"), "roles"}};
        for (Object[] c : cases) {
            mvc.perform(put(path).with(as(admin)).with(csrf()).contentType(JSON).content(write(c[0])))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(c[1]));
        }
        assertThat(rolesOf(personId, organisation)).containsExactly("COMMISSIONING_OFFICER");
    }

    @Test
    void theLastAdministratorStaysOne() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String admin = newPerson(organisation, Role.ADMINISTRATOR, Role.PROVIDER_USER);
        UUID adminId = demo.person(admin);
        String base = "/api/v1/organisations/" + organisation + "/people/" + adminId;
        mvc.perform(put(base + "/roles").with(as(admin)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("roles", List.of("PROVIDER_USER")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("must keep at least one administrator")));
        mvc.perform(delete(base).with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("must keep at least one administrator")));
        assertThat(rolesOf(adminId, organisation)).containsExactly("ADMINISTRATOR", "PROVIDER_USER");
    }

    @Test
    void anAdministratorRemovesSomeoneFromTheOrganisation() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        UUID personId = demo.person(newPerson(organisation, Role.SCRUTINY_MEMBER));
        String path = "/api/v1/organisations/" + organisation + "/people/" + personId;
        mvc.perform(delete(path).with(as(admin))).andExpect(status().isForbidden());
        assertThat(rolesOf(personId, organisation)).containsExactly("SCRUTINY_MEMBER");

        mvc.perform(delete(path).with(as(admin)).with(csrf())).andExpect(status().isNoContent());
        assertThat(rolesOf(personId, organisation)).isEmpty();
        assertThat(auditEvents("membership.removed", personId)).isEqualTo(1);
        mvc.perform(get(path).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(delete(path).with(as(admin)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void administratorsCannotReachAnotherOrganisationsPeople() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        UUID officer = demo.person(Demo.OFFICER);
        mvc.perform(delete("/api/v1/organisations/" + organisation + "/people/" + officer).with(as(admin))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/organisations/" + demo.council() + "/people/" + officer).with(as(admin))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(rolesOf(officer, demo.council())).containsExactly("COMMISSIONING_OFFICER");
    }

    private static List<String> emails(JsonNode page) {
        return page.get("items").valueStream().map(p -> p.get("email").asString()).toList();
    }

    private Set<String> rolesOf(UUID personId, UUID organisationId) {
        return new TreeSet<>(jdbc.sql("select role from membership where person_id = ? and organisation_id = ?")
                .params(personId, organisationId).query(String.class).list());
    }
}
