package org.tandem.platform.organisations.web;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.Organisation;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EditingOrganisationDetailsTest extends TenantTest {

    private UUID provider;
    private String admin;

    @BeforeEach
    void freshProvider() {
        provider = newOrganisation(OrganisationKind.PROVIDER);
        admin = newPerson(provider, Role.ADMINISTRATOR, Role.PROVIDER_USER);
    }

    @Test
    void anAdministratorChangesEveryDetailAndTheChangeIsAudited() throws Exception {
        String name = unique("Harbour Lights Trust");
        mvc.perform(edit(admin).param("name", "  " + name + "  ").param("charityNumber", "sc 012345")
                        .param("companyNumber", "1234567").param("contactEmail", "hello@harbourlights.example")
                        .param("contactPhone", "01632 960 777").param("address", "1 Quay Street\nMillbrook")
                        .param("website", "https://harbourlights.example").param("description", "Sailing for everyone")
                        .param("areasOfWork", "CARERS", "MENTAL_HEALTH")
                        .param("version", version()))
                .andExpect(redirectedUrl("/o/" + provider + "/profile"))
                .andExpect(flash().attribute("flash", "The organisation's details have been saved"));

        Organisation saved = organisationService.details(provider);
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.charityNumber()).isEqualTo("SC012345");
        assertThat(saved.companyNumber()).as("leading zeros put back").isEqualTo("01234567");
        assertThat(saved.address()).isEqualTo("1 Quay Street\nMillbrook");
        assertThat(saved.areasOfWork()).containsExactlyInAnyOrder(ServiceArea.CARERS, ServiceArea.MENTAL_HEALTH);
        assertThat(auditEvents(provider, "organisation.updated")).isEqualTo(1);

        String profile = mvc.perform(get("/o/" + provider + "/profile").with(as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(profile).contains(name, "SC012345", "Carers", "Mental health and well-being");
    }

    @Test
    void theFormShowsTheCurrentDetails() throws Exception {
        String form = mvc.perform(get("/o/" + provider + "/profile/edit").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(form).contains("value=\"" + organisationService.details(provider).name() + "\"",
                "Made by a test", "name=\"areasOfWork\"", "Charity number");
    }

    @Test
    void eachMistakeIsExplainedNextToItsFieldAndNothingIsSaved() throws Exception {
        Organisation before = organisationService.details(provider);

        String page = mvc.perform(edit(admin).param("name", " ").param("charityNumber", "ABC")
                        .param("companyNumber", "12-34").param("contactEmail", "not an email")
                        .param("contactPhone", "call me maybe").param("address", "a".repeat(501))
                        .param("website", "javascript:alert(1)").param("description", "d".repeat(2001))
                        .param("areasOfWork", "SPACE_TRAVEL").param("version", version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Change organisation details", "There is a problem",
                "Enter the organisation&#39;s name", "Enter a charity number in the correct format",
                "Enter a company number in the correct format", "Enter an email address in the correct format",
                "Enter a phone number using only numbers", "Address must be 500 characters or fewer",
                "Enter the website address in full", "Description must be 2000 characters or fewer",
                "Select areas of work from the list", "href=\"#charityNumber\"", "govuk-input--error");
        assertThat(page).as("what they typed is kept").contains("value=\"call me maybe\"");
        assertThat(organisationService.details(provider)).isEqualTo(before);
    }

    @Test
    void lengthLimitsAreThoseOfTheDetails() throws Exception {
        String page = mvc.perform(edit(admin).param("name", "n".repeat(201)).param("contactPhone", "1".repeat(41))
                        .param("website", "https://" + "w".repeat(300) + ".example")
                        .param("contactEmail", "e".repeat(320) + "@example.org").param("version", version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Name must be 200 characters or fewer",
                "Phone number must be 40 characters or fewer", "Website must be 300 characters or fewer",
                "Email address must be 320 characters or fewer");

        String exactly = "n".repeat(190) + UUID.randomUUID().toString().substring(0, 10);
        mvc.perform(edit(admin).param("name", exactly).param("version", version()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisationService.details(provider).name()).hasSize(200);
    }

    @Test
    void twoOrganisationsCannotShareAName() throws Exception {
        String before = organisationService.details(provider).name();

        String page = mvc.perform(edit(admin).param("name", "  riverside   YOUTH trust ").param("version", version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is already an organisation called riverside   YOUTH trust on Tandem");
        assertThat(organisationService.details(provider).name()).isEqualTo(before);
    }

    @Test
    void savingOverSomeoneElsesChangesIsRefusedAndKeepsWhatWasTyped() throws Exception {
        String loaded = version();
        String colleague = newPerson(provider, Role.ADMINISTRATOR);
        String theirs = unique("Their name");
        mvc.perform(edit(colleague).param("name", theirs).param("version", loaded))
                .andExpect(status().is3xxRedirection());

        String mine = unique("My name");
        String page = mvc.perform(edit(admin).param("name", mine).param("description", "My description")
                        .param("version", loaded))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Error:", "Someone else changed these details while you were editing",
                "value=\"" + mine + "\"", "My description");
        assertThat(organisationService.details(provider).name()).isEqualTo(theirs);
    }

    @Test
    void aFormWithoutItsVersionIsRefused() throws Exception {
        String before = organisationService.details(provider).name();

        assertThat(mvc.perform(edit(admin).param("name", unique("No version")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("The form was incomplete");
        mvc.perform(edit(admin).param("name", unique("Bad version")).param("version", "1 or 1=1"))
                .andExpect(status().isOk());
        assertThat(organisationService.details(provider).name()).isEqualTo(before);
    }

    @Test
    void scriptsAndControlCharactersAreHarmless() throws Exception {
        String name = unique("<script>alert('x')</script> Trust");
        mvc.perform(edit(admin).param("name", name).param("description", "<img src=x onerror=alert(1)>")
                        .param("version", version()))
                .andExpect(status().is3xxRedirection());

        String profile = mvc.perform(get("/o/" + provider + "/profile").with(as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(profile).doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Trust", "&lt;img src=x onerror=alert(1)&gt;");

        assertThat(mvc.perform(edit(admin).param("name", "Nul\u0000Trust").param("version", version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Name must not contain control characters");
        assertThat(organisationService.details(provider).name()).isEqualTo(name);
    }

    @Test
    void onlyTheOrganisationsAdministratorsMayChangeIt() throws Exception {
        String colleague = newPerson(provider, Role.PROVIDER_USER);
        String before = organisationService.details(provider).name();

        mvc.perform(get("/o/" + provider + "/profile/edit").with(as(colleague))).andExpect(status().isForbidden());
        mvc.perform(edit(colleague).param("name", unique("Taken over")).param("version", version()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/o/" + provider + "/profile/edit").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(edit(Demo.ADMIN).param("name", unique("Taken over")).param("version", version()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/o/" + provider + "/profile/edit").with(as(admin)).param("name", unique("No token"))
                .param("version", version())).andExpect(status().isForbidden());

        assertThat(organisationService.details(provider).name()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder edit(String who) {
        return post("/o/" + provider + "/profile/edit").with(as(who)).with(csrf());
    }

    private String version() {
        return Integer.toString(organisationService.details(provider).version());
    }
}
