package org.tandem.platform.organisations.web;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SeeingAnOrganisationsProfileTest extends IntegrationTest {

    @Test
    void membersSeeTheirOrganisationsDetailsAndPartnerships() throws Exception {
        String page = profile(Demo.OFFICER, demo.councilPath());

        assertThat(page).contains(Demo.COUNCIL, "Commissioning body", "commissioning@millbrook.example",
                "01632 960000", "Town Hall, Market Square", "href=\"https://www.millbrook.example\"",
                "Children and young people", "Adult social care", "Partnerships", Demo.PARTNERSHIP);
        assertThat(page).as("only administrators get change links").doesNotContain("/profile/edit");
    }

    @Test
    void administratorsGetAChangeLinkForEachDetail() throws Exception {
        String page = profile(Demo.ADMIN, demo.councilPath());

        assertThat(page).contains("/profile/edit#name", "/profile/edit#areasOfWork", "/profile/edit#website",
                "Change<span class=\"govuk-visually-hidden\"> description</span>");
    }

    @Test
    void aPartnershipShowsItsMembersWithTheLeadMarked() throws Exception {
        String page = profile(Demo.COMMISSIONER, "/o/" + demo.organisation(Demo.PARTNERSHIP));

        assertThat(page).contains("Members", Demo.COUNCIL, Demo.ICB, ">Lead<")
                .doesNotContain("Charity number");
        assertThat(page.indexOf(Demo.COUNCIL)).as("the lead comes first").isLessThan(page.indexOf(Demo.ICB));
        assertThat(page).as("a commissioner cannot manage members").doesNotContain("/members\"");
        assertThat(profile(Demo.ADMIN, "/o/" + demo.organisation(Demo.PARTNERSHIP))).contains("/members\"");
    }

    @Test
    void commissionersOfACommissioningBodyAreOfferedToFormAPartnership() throws Exception {
        assertThat(profile(Demo.COMMISSIONER, demo.councilPath())).contains("/partnerships/new");
        assertThat(profile(Demo.OFFICER, demo.councilPath())).doesNotContain("/partnerships/new");
        assertThat(profile(Demo.PROVIDER, "/o/" + demo.organisation(Demo.RIVERSIDE)))
                .contains(Demo.RIVERSIDE, "is not a member of any partnership").doesNotContain("/partnerships/new");
    }

    @Test
    void peopleOutsideTheOrganisationAreToldItDoesNotExist() throws Exception {
        mvc.perform(get(demo.councilPath() + "/profile").with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + UUID.randomUUID() + "/profile").with(as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/o/not-an-id/profile").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
    }

    private String profile(String who, String organisationPath) throws Exception {
        return mvc.perform(get(organisationPath + "/profile").with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
