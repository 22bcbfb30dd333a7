package org.tandem.platform.people.web;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RenamingAndRemovingPeopleTest extends TenantTest {

    private UUID body;
    private String admin;
    private String colleague;

    @BeforeEach
    void freshCommissioningBody() {
        body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        admin = newPerson(body, Role.ADMINISTRATOR);
        colleague = newPerson("Jo Smiht", body, Role.PANEL_MEMBER);
    }

    @Test
    void anAdministratorCorrectsSomeonesName() throws Exception {
        String form = mvc.perform(get(path(colleague) + "/name").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Jo Smiht\"");

        mvc.perform(rename(admin, colleague, "  Jo Smith ", versionIn(form)))
                .andExpect(redirectedUrl(path(colleague)))
                .andExpect(flash().attribute("flash", "Name changed to Jo Smith"));

        assertThat(nameOf(colleague)).isEqualTo("Jo Smith");
        assertThat(auditEvents(body, "person.updated")).isEqualTo(1);
    }

    @Test
    void aNameChangedMeanwhileIsNotOverwritten() throws Exception {
        String loaded = versionIn(mvc.perform(get(path(colleague) + "/name").with(as(admin)))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(rename(admin, colleague, "Jo Smith", loaded)).andExpect(status().is3xxRedirection());

        String page = mvc.perform(rename(admin, colleague, "Joanne Smith", loaded))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Error:", "Someone else changed this person", "value=\"Joanne Smith\"");
        assertThat(nameOf(colleague)).isEqualTo("Jo Smith");
    }

    @Test
    void aNameMustBeGivenAndNotTooLong() throws Exception {
        String version = versionIn(mvc.perform(get(path(colleague) + "/name").with(as(admin)))
                .andReturn().getResponse().getContentAsString());

        assertThat(body(rename(admin, colleague, "   ", version))).contains("Enter their name", "href=\"#displayName\"");
        assertThat(body(rename(admin, colleague, "x".repeat(201), version)))
                .contains("Their name must be 200 characters or fewer");
        assertThat(body(rename(admin, colleague, "Jo\u0000Smith", version)))
                .contains("Their name must be on one line, without tabs or line breaks");
        assertThat(body(rename(admin, colleague, "Jo Smith", null))).contains("The form was incomplete");
        assertThat(nameOf(colleague)).isEqualTo("Jo Smiht");
    }

    @Test
    void aScriptForANameIsShownAsText() throws Exception {
        String version = versionIn(mvc.perform(get(path(colleague) + "/name").with(as(admin)))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(rename(admin, colleague, "<script>alert(1)</script>", version))
                .andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get("/o/" + body + "/people").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void removingSomeoneAsksFirstThenTakesAwayAllTheirRolesHere() throws Exception {
        grant(colleague, body, Role.SCRUTINY_MEMBER);
        String confirm = mvc.perform(get(path(colleague) + "/remove").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to remove Jo Smiht from", "Panel member",
                "Scrutiny member", "govuk-button--warning");

        mvc.perform(post(path(colleague) + "/remove").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/o/" + body + "/people"))
                .andExpect(flash().attribute("flash", "Jo Smiht has been removed from " + organisationService
                        .details(body).name()));

        assertThat(rolesOf(colleague, body)).isEmpty();
        assertThat(auditEvents(body, "membership.removed")).isEqualTo(1);
        mvc.perform(get(path(colleague)).with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theLastAdministratorCannotBeRemoved() throws Exception {
        String page = mvc.perform(post(path(admin) + "/remove").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Error:", "There is a problem", "must keep at least one administrator");
        assertThat(rolesOf(admin, body)).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void anAdministratorLeavesOnceAnotherRemains() throws Exception {
        grant(colleague, body, Role.ADMINISTRATOR);
        UUID elsewhere = newOrganisation(OrganisationKind.PROVIDER);
        grant(admin, elsewhere, Role.PROVIDER_USER);

        assertThat(mvc.perform(get(path(admin) + "/remove").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).contains("Are you sure you want to leave");
        mvc.perform(post(path(admin) + "/remove").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/o/" + elsewhere))
                .andExpect(flash().attribute("flash", "You have left " + organisationService.details(body).name()));

        assertThat(rolesOf(admin, body)).isEmpty();
        assertThat(rolesOf(admin, elsewhere)).containsExactly(Role.PROVIDER_USER);
    }

    @Test
    void peopleOfOtherOrganisationsAreNotFoundHere() throws Exception {
        UUID dan = demo.person(Demo.PROVIDER);
        String council = demo.councilPath() + "/people/" + dan;

        mvc.perform(get(council + "/name").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(post(council + "/name").with(as(Demo.ADMIN)).with(csrf()).param("displayName", "Hijacked")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get(council + "/remove").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(post(council + "/remove").with(as(Demo.ADMIN)).with(csrf())).andExpect(status().isNotFound());

        assertThat(nameOf(Demo.PROVIDER)).isEqualTo("Dan Evans");
        assertThat(rolesOf(Demo.PROVIDER, demo.organisation(Demo.RIVERSIDE)))
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.PROVIDER_USER);
    }

    @Test
    void onlyAdministratorsRenameOrRemoveAndOnlyWithTheFormsToken() throws Exception {
        mvc.perform(post(path(colleague) + "/remove").with(as(colleague)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(rename(colleague, colleague, "Self-made", "0")).andExpect(status().isForbidden());
        mvc.perform(post(path(colleague) + "/remove").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post(path(colleague) + "/name").with(as(admin)).param("displayName", "No token")
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get(path(colleague) + "/remove").with(as(Demo.ADMIN))).andExpect(status().isNotFound());

        assertThat(nameOf(colleague)).isEqualTo("Jo Smiht");
        assertThat(rolesOf(colleague, body)).containsExactly(Role.PANEL_MEMBER);
    }

    private MockHttpServletRequestBuilder rename(String who, String person, String name, String version) {
        MockHttpServletRequestBuilder request = post(path(person) + "/name").with(as(who)).with(csrf())
                .param("displayName", name);
        return version == null ? request : request.param("version", version);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String path(String person) {
        return "/o/" + body + "/people/" + demo.person(person);
    }
}
