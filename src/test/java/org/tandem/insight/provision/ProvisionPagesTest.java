package org.tandem.insight.provision;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProvisionPagesTest extends TenantTest {

    @Autowired
    FundedServiceRepository services;
    @Autowired
    WardRepository wards;

    @Test
    void everyMemberSeesTheBaselineAndFiltersIt() throws Exception {
        String all = page(get(demo.councilPath() + "/provision/services"), Demo.SCRUTINY);
        assertThat(all).contains("Riverside open-access youth clubs", "Open Door young people&#39;s counselling",
                "Millbrook youth centres").doesNotContain("Add a service");
        String young = page(get(demo.councilPath() + "/provision/services").param("clientGroup", "YOUNG_CARERS"),
                Demo.CITIZEN);
        assertThat(young).contains("Young carers&#39;").doesNotContain("Street sport sessions");
        String nhs = page(get(demo.councilPath() + "/provision/services").param("source", "NHS"), Demo.CITIZEN);
        assertThat(nhs).contains("Open Door").doesNotContain("Street sport sessions");
        UUID market = wards.wardsOf(demo.council()).stream().filter(w -> w.name().equals("Market")).findFirst()
                .orElseThrow().id();
        String inMarket = page(get(demo.councilPath() + "/provision/services").param("ward", market.toString()),
                Demo.CITIZEN);
        assertThat(inMarket).contains("Street sport sessions", "Young carers&#39; breaks")
                .doesNotContain("Riverside open-access youth clubs");
        String byProvider = page(get(demo.councilPath() + "/provision/services").param("provider", Demo.RIVERSIDE),
                Demo.CITIZEN);
        assertThat(byProvider).contains("Detached youth work", "Riverside open-access youth clubs")
                .doesNotContain("Street sport sessions");
        String tampered = page(get(demo.councilPath() + "/provision/services").param("clientGroup", "<script>")
                .param("sort", "1;drop table funded_service").param("q", "%' or 1=1 --"), Demo.CITIZEN);
        assertThat(tampered).contains("No services match");
    }

    @Test
    void anOfficerAddsAServiceAndWhatTheyTypedIsKeptWhenItIsWrong() throws Exception {
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = newPerson(org, Role.COMMISSIONING_OFFICER);
        String refused = mvc.perform(post("/o/" + org + "/provision/services").with(as(officer)).with(csrf())
                        .param("name", "<script>alert(1)</script>").param("area", "WARDS")
                        .param("fundingSource", "COUNCIL_CORE", "COUNCIL_CORE").param("fundingAmount", "lots", "5")
                        .param("endsDay", "31").param("endsMonth", "2").param("endsYear", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Select who the service is for",
                "Choose the provider from the list, or enter the name", "Select the wards the service works in",
                "Funding line 1: amount must be in pounds and pence", "Council core budget is already listed",
                "Contract end date must be a real date", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(services.servicesOf(org)).isEmpty();

        MvcResult added = mvc.perform(post("/o/" + org + "/provision/services").with(as(officer)).with(csrf())
                        .param("name", "Holiday club'; drop table funded_service; --")
                        .param("providerName", "Vale Carers Centre")
                        .param("clientGroup", "YOUNG_CARERS").param("area", "BOROUGH_WIDE")
                        .param("fundingSource", "COUNCIL_CORE", "", "").param("fundingAmount", "35,000", "", "")
                        .param("endsDay", "30").param("endsMonth", "9").param("endsYear", "2027")
                        .param("peopleReachedPerYear", "85")
                        .param("outcomesClaimed", "Time for themselves\nNew friends"))
                .andExpect(status().is3xxRedirection()).andReturn();
        FundedService stored = services.servicesOf(org).getFirst();
        assertThat(added.getResponse().getRedirectedUrl()).endsWith("/provision/services/" + stored.id());
        assertThat(stored.name()).isEqualTo("Holiday club'; drop table funded_service; --");
        assertThat(stored.annualTotal().plain()).isEqualTo("35000.00");
        assertThat(stored.outcomesClaimed()).containsExactly("Time for themselves", "New friends");
        assertThat(auditEvents(org, "provision.service-added")).isEqualTo(1);
        assertThat(page(get("/o/" + org + "/provision/services/" + stored.id()), officer))
                .contains("Holiday club&#39;; drop table", "Borough-wide", "30 September 2027", "£35,000.00");
    }

    @Test
    void changesKeepTrackOfVersionsAndOnlyCommissionersRemove() throws Exception {
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = newPerson(org, Role.COMMISSIONING_OFFICER);
        String commissioner = newPerson(org, Role.COMMISSIONER);
        UUID id = addYouthClub(org, officer);
        String form = page(get("/o/" + org + "/provision/services/" + id + "/edit"), officer);
        String version = versionIn(form);
        mvc.perform(change(org, id, officer, version, "Youth club, renamed")).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(change(org, id, officer, version, "Youth club, stale"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this service", "Youth club, stale");
        assertThat(services.find(org, id).orElseThrow().name()).isEqualTo("Youth club, renamed");

        mvc.perform(get("/o/" + org + "/provision/services/" + id + "/remove").with(as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/o/" + org + "/provision/services/" + id + "/remove").with(as(commissioner)).with(csrf())
                .param("version", "0")).andExpect(status().isConflict());
        mvc.perform(post("/o/" + org + "/provision/services/" + id + "/remove").with(as(commissioner)).with(csrf())
                .param("version", "1")).andExpect(status().is3xxRedirection());
        assertThat(services.find(org, id)).isEmpty();
        assertThat(auditEvents(org, "provision.service-removed")).isEqualTo(1);
    }

    @Test
    void otherOrganisationsServicesAreNotFoundAndReadersCannotChangeAnything() throws Exception {
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = newPerson(org, Role.COMMISSIONING_OFFICER);
        String reader = newPerson(org, Role.SCRUTINY_MEMBER);
        UUID id = addYouthClub(org, officer);
        UUID councilService = services.servicesOf(demo.council()).getFirst().id();
        mvc.perform(get("/o/" + org + "/provision/services/" + councilService).with(as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/o/" + org + "/provision/services/" + councilService + "/edit").with(as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get(demo.councilPath() + "/provision/services/" + id).with(as(Demo.OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/o/" + org + "/provision/services").with(as(Demo.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/o/" + org + "/provision/services/new").with(as(reader))).andExpect(status().isForbidden());
        mvc.perform(change(org, id, reader, "0", "Not allowed")).andExpect(status().isForbidden());
        UUID councilWard = wards.wardsOf(demo.council()).getFirst().id();
        String refused = mvc.perform(post("/o/" + org + "/provision/services").with(as(officer)).with(csrf())
                        .param("name", "Someone else's ward").param("providerName", "Anyone")
                        .param("clientGroup", "ADULTS")
                        .param("area", "WARDS").param("wardIds", councilWard.toString())
                        .param("fundingSource", "NHS").param("fundingAmount", "10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Select wards from the list");
    }

    @Test
    void theTotalsPageExplainsHowBoroughWideServicesAreCounted() throws Exception {
        String totals = page(get(demo.councilPath() + "/provision/totals"), Demo.CITIZEN);
        assertThat(totals).contains("counted once, under Borough-wide",
                "Value a year by client group", "<svg", "Value a year by funding source: the figures");
    }

    private UUID addYouthClub(UUID org, String who) throws Exception {
        mvc.perform(post("/o/" + org + "/provision/services").with(as(who)).with(csrf())
                        .param("name", "Youth club").param("providerName", "Riverside Youth Trust")
                        .param("clientGroup", "CHILDREN_AND_YOUNG_PEOPLE").param("area", "BOROUGH_WIDE")
                        .param("fundingSource", "COUNCIL_CORE").param("fundingAmount", "180000"))
                .andExpect(status().is3xxRedirection());
        return services.servicesOf(org).getFirst().id();
    }

    private MockHttpServletRequestBuilder change(UUID org, UUID id, String who, String version, String name) {
        return post("/o/" + org + "/provision/services/" + id).with(as(who)).with(csrf()).param("version", version)
                .param("name", name).param("providerName", "Riverside Youth Trust")
                .param("clientGroup", "CHILDREN_AND_YOUNG_PEOPLE").param("area", "BOROUGH_WIDE")
                .param("fundingSource", "COUNCIL_CORE").param("fundingAmount", "190000");
    }

    private String page(MockHttpServletRequestBuilder request, String who) throws Exception {
        return mvc.perform(request.with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
