package org.tandem.platform.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.PeopleAdministration;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ChangingRolesTest extends TenantTest {

    @Autowired
    private PeopleAdministration people;

    private UUID body;
    private String admin;
    private String colleague;

    @BeforeEach
    void freshCommissioningBody() {
        body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        admin = newPerson(body, Role.ADMINISTRATOR);
        colleague = newPerson(body, Role.COMMISSIONING_OFFICER);
    }

    @Test
    void offersOnlyTheRolesOfThisKindOfOrganisationEachWithWhatItMeans() throws Exception {
        String page = personPage(admin, body, colleague);
        assertThat(page).contains(nameOf(colleague), colleague, ">Confirmed<", "Commissioner",
                Role.FINANCE_OFFICER.description(), Role.CITIZEN_CO_PRODUCER.description())
                .doesNotContain("value=\"PROVIDER_USER\"");
        assertThat(page).containsPattern("value=\"COMMISSIONING_OFFICER\"[^>]*checked")
                .doesNotContainPattern("value=\"COMMISSIONER\"[^>]*checked");

        UUID provider = newOrganisation(OrganisationKind.PROVIDER);
        String providerAdmin = newPerson(provider, Role.ADMINISTRATOR, Role.PROVIDER_USER);
        assertThat(personPage(providerAdmin, provider, providerAdmin))
                .contains("value=\"PROVIDER_USER\"", Role.PROVIDER_USER.description(), "value=\"ADMINISTRATOR\"")
                .doesNotContain("value=\"COMMISSIONER\"", "value=\"PANEL_MEMBER\"");
    }

    @Test
    void anAdministratorGivesSomeoneSeveralRoles() throws Exception {
        mvc.perform(roles(admin, colleague, "COMMISSIONER", "panel_member"))
                .andExpect(redirectedUrl(personPath(colleague)))
                .andExpect(flash().attribute("flash", "Roles of " + nameOf(colleague) + " saved"));

        assertThat(rolesOf(colleague, body)).containsExactlyInAnyOrder(Role.COMMISSIONER, Role.PANEL_MEMBER);
        assertThat(auditEvents(body, "membership.roles-changed")).isEqualTo(1);
    }

    @Test
    void everyoneKeepsAtLeastOneRole() throws Exception {
        String page = mvc.perform(post(personPath(colleague) + "/roles").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Error:", "Select at least one role, or remove the person from the organisation",
                "href=\"#roles\"");
        assertThat(rolesOf(colleague, body)).containsExactly(Role.COMMISSIONING_OFFICER);
    }

    @Test
    void rolesFromOutsideTheListAreRefused() throws Exception {
        assertThat(mvc.perform(roles(admin, colleague, "PROVIDER_USER")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Provider user is not a role in a commissioning body");
        assertThat(mvc.perform(roles(admin, colleague, "SUPERUSER", "COMMISSIONER")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Select roles from the list");
        assertThat(mvc.perform(roles(admin, colleague, "<script>alert(1)</script>")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Select roles from the list").doesNotContain("<script>alert(1)");

        assertThat(rolesOf(colleague, body)).containsExactly(Role.COMMISSIONING_OFFICER);
    }

    @Test
    void theLastAdministratorKeepsTheRole() throws Exception {
        String page = mvc.perform(roles(admin, admin, "COMMISSIONER")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("must keep at least one administrator. Make someone else an administrator first.");
        assertThat(rolesOf(admin, body)).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void anAdministratorStepsDownOnceSomeoneElseIsOne() throws Exception {
        mvc.perform(roles(admin, colleague, "ADMINISTRATOR", "COMMISSIONING_OFFICER"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(roles(admin, admin, "COMMISSIONER"))
                .andExpect(redirectedUrl("/o/" + body))
                .andExpect(flash().attribute("flash", startsWith("You are no longer an administrator")));

        assertThat(rolesOf(admin, body)).containsExactly(Role.COMMISSIONER);
        mvc.perform(get("/o/" + body + "/people").with(as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneInCharge() throws Exception {
        String other = newPerson(body, Role.ADMINISTRATOR);
        CurrentUser.Membership organisation = new CurrentUser.Membership(body, "Test", OrganisationKind.COMMISSIONING_BODY,
                Set.of(Role.ADMINISTRATOR));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (String demoted : List.of(admin, other)) {
                outcomes.add(threads.submit(() -> {
                    together.await();
                    try {
                        people.setRoles(organisation, demo.person(demoted), Set.of(Role.COMMISSIONER));
                        return true;
                    } catch (RuleViolation refused) {
                        return false;
                    }
                }));
            }
            long succeeded = 0;
            for (Future<Boolean> outcome : outcomes) {
                succeeded += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(succeeded).isOne();
        } finally {
            threads.shutdownNow();
        }
        assertThat(List.of(rolesOf(admin, body), rolesOf(other, body))).filteredOn(r -> r.contains(Role.ADMINISTRATOR))
                .hasSize(1);
    }

    @Test
    void anAdministratorWhoseAccountIsClosedDoesNotCountAsTheOtherAdministrator() throws Exception {
        String closed = newPerson(body, Role.ADMINISTRATOR);
        jdbc.sql("update person set active = false where email_key = ?").param(closed).update();

        assertThat(mvc.perform(roles(admin, admin, "COMMISSIONER")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("must keep at least one administrator");
        mvc.perform(roles(admin, closed, "COMMISSIONER")).andExpect(status().is3xxRedirection());
        assertThat(rolesOf(closed, body)).containsExactly(Role.COMMISSIONER);
    }

    @Test
    void onlyThisOrganisationsAdministratorsChangeRoles() throws Exception {
        mvc.perform(roles(colleague, colleague, "ADMINISTRATOR")).andExpect(status().isForbidden());
        mvc.perform(roles(Demo.ADMIN, colleague, "ADMINISTRATOR")).andExpect(status().isNotFound());
        mvc.perform(post(personPath(colleague) + "/roles").with(as(admin)).param("roles", "ADMINISTRATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post(demo.councilPath() + "/people/" + demo.person(Demo.PROVIDER) + "/roles").with(as(Demo.ADMIN))
                .with(csrf()).param("roles", "COMMISSIONER")).andExpect(status().isNotFound());

        assertThat(rolesOf(colleague, body)).containsExactly(Role.COMMISSIONING_OFFICER);
        assertThat(rolesOf(Demo.PROVIDER, demo.council())).isEmpty();
    }

    private MockHttpServletRequestBuilder roles(String who, String person, String... roles) {
        return post(personPath(person) + "/roles").with(as(who)).with(csrf()).param("roles", roles);
    }

    private String personPage(String who, UUID organisation, String person) throws Exception {
        return mvc.perform(get("/o/" + organisation + "/people/" + demo.person(person)).with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String personPath(String person) {
        return "/o/" + body + "/people/" + demo.person(person);
    }
}
