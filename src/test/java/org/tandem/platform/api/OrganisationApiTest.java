package org.tandem.platform.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationApiTest extends ApiTest {

    @Test
    void membersReadTheirOrganisation() throws Exception {
        mvc.perform(get("/api/v1/organisations/" + demo.council()).with(as(Demo.SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(Demo.COUNCIL))
                .andExpect(jsonPath("$.kind").value("COMMISSIONING_BODY"))
                .andExpect(jsonPath("$.contactEmail").value("commissioning@millbrook.example"))
                .andExpect(jsonPath("$.version").isNumber());
    }

    @Test
    void outsidersGet404() throws Exception {
        mvc.perform(get("/api/v1/organisations/" + demo.council()).with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(get("/api/v1/organisations/" + UUID.randomUUID()).with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/not-a-uuid").with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    @Test
    void anAdministratorChangesTheDetailsAndTheChangeIsAudited() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        Map<String, Object> details = details(unique("Riverbank Play"), 0);
        details.put("charityNumber", "sc012345");
        details.put("companyNumber", "123456");
        details.put("contactEmail", "hello@riverbank.example");
        details.put("contactPhone", "01632 960 001");
        details.put("website", "https://riverbank.example");
        details.put("areasOfWork", List.of("MENTAL_HEALTH", "CARERS"));
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin)).with(csrf())
                        .contentType(JSON).content(write(details)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(details.get("name")))
                .andExpect(jsonPath("$.charityNumber").value("SC012345"))
                .andExpect(jsonPath("$.companyNumber").value("00123456"))
                .andExpect(jsonPath("$.areasOfWork[0]").value("MENTAL_HEALTH"))
                .andExpect(jsonPath("$.areasOfWork[1]").value("CARERS"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(auditEvents("organisation.updated", organisation)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String first = unique("First council");
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin)).with(csrf())
                .contentType(JSON).content(write(details(first, 0)))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin)).with(csrf())
                        .contentType(JSON).content(write(details(unique("Second council"), 0))))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Someone else changed")));
        assertThat(nameOf(organisation)).isEqualTo(first);
    }

    @Test
    void onlyAdministratorsChangeDetails() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String before = nameOf(organisation);
        String commissioner = newPerson(organisation, Role.COMMISSIONER);
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(commissioner)).with(csrf())
                        .contentType(JSON).content(write(details(unique("Renamed"), 0))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("administrator")));
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(Demo.ADMIN)).with(csrf())
                        .contentType(JSON).content(write(details(unique("Renamed"), 0))))
                .andExpect(status().isNotFound());
        assertThat(nameOf(organisation)).isEqualTo(before);
    }

    @Test
    void invalidDetailsAreListedFieldByFieldAndNothingChanges() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String before = nameOf(organisation);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        Map<String, Object> details = details("x".repeat(10_000), 0);
        details.put("charityNumber", "not a number");
        details.put("companyNumber", "ABC");
        details.put("contactEmail", "nobody at all");
        details.put("contactPhone", "call me maybe");
        details.put("address", "a".repeat(10_000));
        details.put("website", "javascript:alert(1)");
        details.put("description", "d".repeat(10_000));
        JsonNode problem = body(mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin)).with(csrf())
                        .contentType(JSON).content(write(details)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andReturn());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "charityNumber", "companyNumber", "contactEmail", "contactPhone",
                        "address", "website", "description");
        assertThat(nameOf(organisation)).isEqualTo(before);

        details = details(unique("No version"), 0);
        details.remove("version");
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin)).with(csrf())
                        .contentType(JSON).content(write(details)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(nameOf(organisation)).isEqualTo(before);
    }

    @Test
    void wrongTypesAndBrokenJsonAreRefused() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String before = nameOf(organisation);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String path = "/api/v1/organisations/" + organisation;
        mvc.perform(put(path).with(as(admin)).with(csrf()).contentType(JSON).content("{\"name\": \"Broken\","))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON of the expected shape."));
        Map<String, Object> details = details(unique("Typed"), 0);
        details.put("version", "latest");
        mvc.perform(put(path).with(as(admin)).with(csrf()).contentType(JSON).content(write(details)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        details = details(unique("Typed"), 0);
        details.put("areasOfWork", List.of("UNDERWATER_BASKET_WEAVING"));
        mvc.perform(put(path).with(as(admin)).with(csrf()).contentType(JSON).content(write(details)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areasOfWork[0]"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("CHILDREN_AND_YOUNG_PEOPLE")));
        mvc.perform(put(path).with(as(admin)).with(csrf()).contentType(JSON).content(""))
                .andExpect(status().isBadRequest());
        assertThat(nameOf(organisation)).isEqualTo(before);
    }

    @Test
    void anotherOrganisationsNameIsRefused() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin)).with(csrf())
                        .contentType(JSON).content(write(details(Demo.RIVERSIDE.toUpperCase(), 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("There is already an organisation")));
    }

    @Test
    void markupAndSqlAreStoredAndReturnedAsPlainText() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String name = "<script>alert('x')</script> " + UUID.randomUUID();
        Map<String, Object> details = details(name, 0);
        details.put("description", "'); drop table organisation; --");
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin)).with(csrf())
                        .contentType(JSON).content(write(details)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(JSON))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.description").value("'); drop table organisation; --"));
        assertThat(nameOf(organisation)).isEqualTo(name);
    }

    @Test
    void aSessionChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String before = nameOf(organisation);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        mvc.perform(put("/api/v1/organisations/" + organisation).with(as(admin))
                        .contentType(JSON).content(write(details(unique("No CSRF"), 0))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        assertThat(nameOf(organisation)).isEqualTo(before);
    }

    private static Map<String, Object> details(String name, int version) {
        Map<String, Object> details = new HashMap<>();
        details.put("name", name);
        details.put("version", version);
        return details;
    }

    private String nameOf(UUID organisation) {
        return jdbc.sql("select name from organisation where id = ?").param(organisation).query(String.class).single();
    }
}
