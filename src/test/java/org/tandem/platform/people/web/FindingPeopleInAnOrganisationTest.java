package org.tandem.platform.people.web;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FindingPeopleInAnOrganisationTest extends TenantTest {

    @Test
    void anAdministratorSeesEveryoneWithTheirRolesAndWhetherTheirEmailIsConfirmed() throws Exception {
        UUID body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson("Alex Admin", body, Role.ADMINISTRATOR);
        newPerson("Bea Both", body, Role.COMMISSIONER, Role.PANEL_MEMBER);
        jdbc.sql("update person set email_verified_at = null where email_key = ?")
                .param(newPerson("Cal Unconfirmed", body, Role.SCRUTINY_MEMBER)).update();

        String page = people(admin, body);

        assertThat(page).contains("Alex Admin", "Bea Both", "Cal Unconfirmed", ">Commissioner<", ">Panel member<",
                ">Scrutiny member<", ">Confirmed<", ">Not confirmed<", "Showing 1 to 3 of 3 people",
                "/o/" + body + "/invitations/new", "/o/" + body + "/people/" + demo.person(admin));
        assertThat(page).doesNotContain(Demo.COMMISSIONER);
    }

    @Test
    void searchesByNameOrEmailFiltersByRoleAndSorts() throws Exception {
        UUID body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson("Zed Admin", body, Role.ADMINISTRATOR);
        String amy = newPerson("amy Lowercase", body, Role.FINANCE_OFFICER);
        newPerson("Ben Officer", body, Role.COMMISSIONING_OFFICER, Role.FINANCE_OFFICER);

        assertThat(people(admin, body, "q", "BEN")).contains("Ben Officer").doesNotContain("amy Lowercase");
        assertThat(people(admin, body, "q", amy.substring(0, 14))).contains("amy Lowercase")
                .doesNotContain("Ben Officer");
        assertThat(people(admin, body, "role", "finance_officer")).contains("amy Lowercase", "Ben Officer")
                .doesNotContain("/people/" + demo.person(admin));

        String byName = people(admin, body);
        assertThat(byName.indexOf("amy Lowercase")).as("names sort whatever their case")
                .isLessThan(byName.indexOf("Ben Officer"));
        assertThat(byName.indexOf("Ben Officer")).isLessThan(byName.indexOf("/people/" + demo.person(admin)));

        String byEmail = people(admin, body, "sort", "EMAIL");
        String[] emails = {admin, amy};
        Arrays.sort(emails);
        assertThat(byEmail.indexOf(emails[0])).isLessThan(byEmail.indexOf(emails[1]));
    }

    @Test
    void showsTwentyFivePeopleAPageKeepingTheFilters() throws Exception {
        UUID body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson("Aaron Admin", body, Role.ADMINISTRATOR);
        for (int i = 10; i < 36; i++) {
            newPerson("Panellist " + i, body, Role.PANEL_MEMBER);
        }

        String first = people(admin, body, "role", "PANEL_MEMBER", "q", "panellist");
        assertThat(first).contains("Showing 1 to 25 of 26 people", "Panellist 34")
                .contains("/o/" + body + "/people?q=panellist&amp;role=PANEL_MEMBER&amp;page=2")
                .doesNotContain("Panellist 35");
        assertThat(people(admin, body, "role", "PANEL_MEMBER", "q", "panellist", "page", "2"))
                .contains("Showing 26 to 26 of 26 people", "Panellist 35");
    }

    @Test
    void hostileFiltersAreHarmless() throws Exception {
        UUID body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson("Hal Admin", body, Role.ADMINISTRATOR);

        String row = "/people/" + demo.person(admin);
        assertThat(people(admin, body, "q", "%' or 1=1--")).contains("Nobody matches");
        assertThat(people(admin, body, "q", "\u0000Hal")).contains(row);
        assertThat(people(admin, body, "q", "<script>alert(1)</script>"))
                .doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        assertThat(people(admin, body, "sort", "display_name;drop table person", "role", "GOD")).contains(row);
    }

    @Test
    void aCommissionerCannotSeeThePeoplePage() throws Exception {
        mvc.perform(get(demo.councilPath() + "/people").with(as(Demo.COMMISSIONER))).andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganisationsAdministratorIsToldItDoesNotExist() throws Exception {
        mvc.perform(get(demo.councilPath() + "/people").with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        mvc.perform(get(demo.councilPath() + "/people/" + demo.person(Demo.COMMISSIONER)).with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPersonOfAnotherOrganisationIsNotFoundUnderThisOne() throws Exception {
        mvc.perform(get(demo.councilPath() + "/people/" + demo.person(Demo.PROVIDER)).with(as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get(demo.councilPath() + "/people/" + UUID.randomUUID()).with(as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
    }

    /** The people page as this person sees it, with these query parameters (name, value, name, value...). */
    private String people(String who, UUID organisation, String... parameters) throws Exception {
        var request = get("/o/" + organisation + "/people").with(as(who));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
