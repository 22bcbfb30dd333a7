package org.tandem.platform.organisations.web;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.organisations.PartnershipMember;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ManagingPartnershipMembersTest extends TenantTest {

    private UUID lead;
    private UUID partnership;
    private String admin;
    private String members;

    @BeforeEach
    void freshPartnership() throws Exception {
        lead = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        admin = newPerson(lead, Role.COMMISSIONER);
        String name = unique("Test partnership");
        String location = mvc.perform(post("/o/" + lead + "/partnerships/new").with(as(admin)).with(csrf())
                .param("name", name)).andReturn().getResponse().getRedirectedUrl();
        partnership = UUID.fromString(location.split("/")[2]);
        members = "/o/" + partnership + "/members";
    }

    @Test
    void administratorsSeeTheMembersAndWhoCouldJoin() throws Exception {
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);

        String page = mvc.perform(get(members).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(name(lead), ">Lead<", "Add a member",
                "value=\"" + provider + "\"", "value=\"" + demo.council() + "\"")
                .doesNotContain("value=\"" + demo.organisation(Demo.PARTNERSHIP) + "\"")
                .doesNotContain("value=\"" + partnership + "\"");
    }

    @Test
    void addsACommissioningBodyOrAProvider() throws Exception {
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);

        mvc.perform(post(members).with(as(admin)).with(csrf()).param("memberId", provider.toString()))
                .andExpect(redirectedUrl(members))
                .andExpect(flash().attribute("flash", name(provider) + " has joined " + name(partnership)));
        mvc.perform(post(members).with(as(admin)).with(csrf()).param("memberId", demo.council().toString()))
                .andExpect(redirectedUrl(members));

        assertThat(memberIds()).containsExactly(lead, demo.council(), provider);
        assertThat(auditEvents(partnership, "partnership.member-added")).isEqualTo(2);
    }

    @Test
    void onlyOrganisationsThatCanJoinAreAdded() throws Exception {
        for (String hostile : List.of(demo.organisation(Demo.PARTNERSHIP).toString(), partnership.toString(),
                UUID.randomUUID().toString(), "'; drop table organisation; --", "")) {
            String page = mvc.perform(post(members).with(as(admin)).with(csrf()).param("memberId", hostile))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Error:", "Select an organisation to add");
        }
        String again = mvc.perform(post(members).with(as(admin)).with(csrf()).param("memberId", lead.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains(name(lead) + " is already a member");

        assertThat(memberIds()).containsExactly(lead);
    }

    @Test
    void anotherMemberCanBeMadeTheLead() throws Exception {
        UUID icb = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        organisationService.addPartnershipMemberAs(partnership, icb, false, Actor.TANDEM);

        mvc.perform(post(members + "/" + icb + "/lead").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl(members))
                .andExpect(flash().attribute("flash", name(icb) + " now leads " + name(partnership)));

        assertThat(organisationService.partnershipMembers(partnership)).filteredOn(PartnershipMember::lead)
                .extracting(m -> m.organisation().id()).containsExactly(icb);
        assertThat(auditEvents(partnership, "partnership.lead-changed")).isEqualTo(1);
    }

    @Test
    void theLeadCannotBeRemovedUntilAnotherMemberLeads() throws Exception {
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);
        organisationService.addPartnershipMemberAs(partnership, provider, false, Actor.TANDEM);

        assertThat(mvc.perform(get(members + "/" + lead + "/remove").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("leads this partnership", "Make another member the lead before removing")
                .doesNotContain("govuk-button--warning");
        String refused = mvc.perform(post(members + "/" + lead + "/remove").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Error:", "There is a problem",
                "Make another member the lead before removing " + name(lead));
        assertThat(memberIds()).containsExactly(lead, provider);
    }

    @Test
    void aMemberIsRemovedAfterConfirming() throws Exception {
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);
        organisationService.addPartnershipMemberAs(partnership, provider, false, Actor.TANDEM);

        assertThat(mvc.perform(get(members + "/" + provider + "/remove").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Are you sure you want to remove " + name(provider), "govuk-button--warning");
        mvc.perform(post(members + "/" + provider + "/remove").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl(members));

        assertThat(memberIds()).containsExactly(lead);
        assertThat(auditEvents(partnership, "partnership.member-removed")).isEqualTo(1);
    }

    @Test
    void organisationsThatAreNotMembersAreNotFound() throws Exception {
        UUID outsider = demo.organisation(Demo.RIVERSIDE);

        mvc.perform(post(members + "/" + outsider + "/lead").with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(members + "/" + outsider + "/remove").with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(members + "/" + outsider + "/remove").with(as(admin))).andExpect(status().isNotFound());

        assertThat(memberIds()).containsExactly(lead);
    }

    @Test
    void onlyAPartnershipHasMembers() throws Exception {
        mvc.perform(get(demo.councilPath() + "/members").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(post(demo.councilPath() + "/members").with(as(Demo.ADMIN)).with(csrf())
                .param("memberId", demo.organisation(Demo.RIVERSIDE).toString())).andExpect(status().isNotFound());
    }

    @Test
    void onlyThePartnershipsAdministratorsManageMembers() throws Exception {
        UUID demoPartnership = demo.organisation(Demo.PARTNERSHIP);
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);

        mvc.perform(get("/o/" + demoPartnership + "/members").with(as(Demo.COMMISSIONER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(members).with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        mvc.perform(post(members).with(as(Demo.ADMIN)).with(csrf()).param("memberId", provider.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post(members).with(as(admin)).param("memberId", provider.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post(members + "/" + lead + "/remove").with(as(admin))).andExpect(status().isForbidden());

        assertThat(memberIds()).containsExactly(lead);
    }

    private List<UUID> memberIds() {
        return organisationService.partnershipMembers(partnership).stream().map(m -> m.organisation().id()).toList();
    }

    private String name(UUID organisation) {
        return organisationService.details(organisation).name();
    }
}
