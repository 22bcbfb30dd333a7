package org.tandem.platform.organisations.web;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.PageRequest;
import org.tandem.platform.Role;
import org.tandem.platform.organisations.PartnershipMember;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FormingPartnershipsTest extends TenantTest {

    private UUID body;
    private String commissioner;

    @BeforeEach
    void freshCommissioningBody() {
        body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        commissioner = newPerson(body, Role.COMMISSIONER);
    }

    @Test
    void aCommissionerFormsAPartnershipLedByTheirOrganisationAndRunsIt() throws Exception {
        mvc.perform(get("/o/" + body + "/partnerships/new").with(as(commissioner))).andExpect(status().isOk());
        String name = unique("Vale Carers Partnership");

        String location = mvc.perform(post("/o/" + body + "/partnerships/new").with(as(commissioner)).with(csrf())
                        .param("name", name).param("description", "Pooling money for carers")
                        .param("areasOfWork", "CARERS").param("charityNumber", "1190001"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        UUID partnership = organisationService.directory(name, OrganisationKind.PARTNERSHIP,
                new PageRequest(1, 5)).items().getFirst().id();
        assertThat(location).isEqualTo("/o/" + partnership + "/profile");
        assertThat(organisationService.details(partnership).charityNumber())
                .as("a partnership is not a registered body").isNull();
        assertThat(organisationService.partnershipMembers(partnership))
                .extracting(m -> m.organisation().id(), PartnershipMember::lead).containsExactly(
                        tuple(body, true));
        assertThat(rolesOf(commissioner, partnership)).containsExactly(Role.ADMINISTRATOR);
        assertThat(auditEvents(partnership, "organisation.created")).isEqualTo(1);
        assertThat(auditEvents(body, "partnership.joined")).isEqualTo(1);

        String profile = mvc.perform(get(location).with(as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(profile).contains(name, "Partnership", ">Lead<", organisationService.details(body).name());
    }

    @Test
    void anAdministratorOfACommissioningBodyMayFormOneToo() throws Exception {
        String admin = newPerson(body, Role.ADMINISTRATOR);
        mvc.perform(post("/o/" + body + "/partnerships/new").with(as(admin)).with(csrf())
                        .param("name", unique("Admin-led partnership")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void providersDoNotFormPartnerships() throws Exception {
        String name = unique("Provider partnership");
        UUID riverside = demo.organisation(Demo.RIVERSIDE);

        mvc.perform(get("/o/" + riverside + "/partnerships/new").with(as(Demo.PROVIDER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/o/" + riverside + "/partnerships/new").with(as(Demo.PROVIDER)).with(csrf())
                .param("name", name)).andExpect(status().isForbidden());

        assertThat(organisationService.directory(name, null, new PageRequest(1, 5)).total())
                .isZero();
    }

    @Test
    void aPartnershipDoesNotFormPartnershipsOfItsOwn() throws Exception {
        mvc.perform(get("/o/" + demo.organisation(Demo.PARTNERSHIP) + "/partnerships/new").with(as(Demo.ADMIN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void otherRolesAndOutsidersCannot() throws Exception {
        String officer = newPerson(body, Role.COMMISSIONING_OFFICER);
        String name = unique("Officer partnership");

        mvc.perform(get("/o/" + body + "/partnerships/new").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/o/" + body + "/partnerships/new").with(as(officer)).with(csrf()).param("name", name))
                .andExpect(status().isForbidden());
        mvc.perform(post("/o/" + body + "/partnerships/new").with(as(Demo.COMMISSIONER)).with(csrf())
                .param("name", name)).andExpect(status().isNotFound());
        mvc.perform(post("/o/" + body + "/partnerships/new").with(as(commissioner)).param("name", name))
                .andExpect(status().isForbidden());

        assertThat(organisationService.directory(name, null, new PageRequest(1, 5)).total())
                .isZero();
    }

    @Test
    void thePartnershipNeedsAGoodNameOfItsOwn() throws Exception {
        String blank = mvc.perform(post("/o/" + body + "/partnerships/new").with(as(commissioner)).with(csrf())
                        .param("name", "").param("website", "www.no-scheme.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("Error: Form a partnership", "Enter the organisation&#39;s name",
                "Enter the website address in full");

        String taken = mvc.perform(post("/o/" + body + "/partnerships/new").with(as(commissioner)).with(csrf())
                        .param("name", Demo.PARTNERSHIP.toUpperCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("There is already an organisation called");
        assertThat(organisationService.partnershipsOf(body)).isEmpty();
    }
}
