package org.tandem.platform.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvitationApiTest extends ApiTest {

    @Test
    void anAdministratorInvitesSomeoneWhoGetsAnEmail() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String invitee = "invitee-" + UUID.randomUUID() + "@test.example";
        MvcResult created = mvc.perform(post(invitations(organisation)).with(as(admin)).with(csrf())
                        .contentType(JSON).content(write(Map.of("email", invitee, "role", "FINANCE_OFFICER"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(invitee))
                .andExpect(jsonPath("$.role").value("FINANCE_OFFICER"))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn();
        String id = body(created).get("id").asString();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).endsWith(invitations(organisation) + "/" + id);
        assertThat(linkInEmailTo(invitee, "finance officer")).contains("/invitations/");
        assertThat(auditEvents("invitation.sent", id)).isEqualTo(1);

        mvc.perform(get(location).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.expiresAt").isString());
        assertThat(body(mvc.perform(get(invitations(organisation)).with(as(admin))).andReturn()).get("items")
                .valueStream().map(i -> i.get("id").asString())).contains(id);
    }

    @Test
    void commissionersInviteCitizensButNotAdministrators() throws Exception {
        String citizen = "citizen-" + UUID.randomUUID() + "@test.example";
        mvc.perform(post(invitations(demo.council())).with(as(Demo.COMMISSIONER)).with(csrf())
                        .contentType(JSON).content(write(Map.of("email", citizen, "role", "CITIZEN_CO_PRODUCER"))))
                .andExpect(status().isCreated());
        String would = "admin-" + UUID.randomUUID() + "@test.example";
        mvc.perform(post(invitations(demo.council())).with(as(Demo.COMMISSIONER)).with(csrf())
                        .contentType(JSON).content(write(Map.of("email", would, "role", "ADMINISTRATOR"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        assertThat(invitationsTo(would)).isZero();
    }

    @Test
    void rolesThatMayNotInviteAreRefused() throws Exception {
        String email = "x-" + UUID.randomUUID() + "@test.example";
        mvc.perform(post(invitations(demo.council())).with(as(Demo.FINANCE)).with(csrf())
                        .contentType(JSON).content(write(Map.of("email", email, "role", "PANEL_MEMBER"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(get(invitations(demo.council())).with(as(Demo.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(post(invitations(demo.council())).with(as(Demo.PROVIDER)).with(csrf())
                        .contentType(JSON).content(write(Map.of("email", email, "role", "PANEL_MEMBER"))))
                .andExpect(status().isNotFound());
        assertThat(invitationsTo(email)).isZero();
    }

    @Test
    void badInvitationsAreExplainedFieldByField() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String path = invitations(organisation);
        mvc.perform(post(path).with(as(admin)).with(csrf()).contentType(JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(post(path).with(as(admin)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("email", "a".repeat(10_000) + "@test.example", "role", "PROVIDER_USER"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("320 characters or fewer")));
        mvc.perform(post(path).with(as(admin)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("email", "<script>@x", "role", "PROVIDER_USER"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(post(path).with(as(admin)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("email", "ok@test.example", "role", "OVERLORD"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        // A provider has no commissioners.
        mvc.perform(post(path).with(as(admin)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("email", "ok@test.example", "role", "COMMISSIONER"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        assertThat(jdbc.sql("select count(*) from invitation where organisation_id = ?").param(organisation)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecondInvitationToTheSameRoleIsRefused() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.PROVIDER);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String email = "twice-" + UUID.randomUUID() + "@test.example";
        String body = write(Map.of("email", email, "role", "PROVIDER_USER"));
        mvc.perform(post(invitations(organisation)).with(as(admin)).with(csrf()).contentType(JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post(invitations(organisation)).with(as(admin)).with(csrf()).contentType(JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(invitationsTo(email)).isEqualTo(1);
    }

    @Test
    void revokingWithdrawsThePendingInvitation() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String id = invite(organisation, admin, "PANEL_MEMBER");
        mvc.perform(delete(invitations(organisation) + "/" + id).with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(delete(invitations(organisation) + "/" + id).with(as(admin)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(auditEvents("invitation.revoked", id)).isEqualTo(1);
        mvc.perform(get(invitations(organisation) + "/" + id).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(delete(invitations(organisation) + "/" + id).with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void commissionersCannotWithdrawAnAdministratorsInvitation() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String commissioner = newPerson(organisation, Role.COMMISSIONER);
        String id = invite(organisation, admin, "FINANCE_OFFICER");
        mvc.perform(delete(invitations(organisation) + "/" + id).with(as(commissioner)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(get(invitations(organisation) + "/" + id).with(as(admin)))
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void anExpiredInvitationCannotBeRevoked() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String admin = newPerson(organisation, Role.ADMINISTRATOR);
        String id = invite(organisation, admin, "SCRUTINY_MEMBER");
        jdbc.sql("update invitation set expires_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), UUID.fromString(id)).update();
        mvc.perform(get(invitations(organisation) + "/" + id).with(as(admin)))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        mvc.perform(delete(invitations(organisation) + "/" + id).with(as(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    @Test
    void anotherOrganisationsInvitationIsNotFound() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String id = invite(organisation, newPerson(organisation, Role.ADMINISTRATOR), "PANEL_MEMBER");
        mvc.perform(get(invitations(demo.council()) + "/" + id).with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(delete(invitations(demo.council()) + "/" + id).with(as(Demo.ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from invitation where id = ? and revoked_at is null")
                .param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
    }

    private String invite(UUID organisation, String inviter, String role) throws Exception {
        String email = "someone-" + UUID.randomUUID() + "@test.example";
        return body(mvc.perform(post(invitations(organisation)).with(as(inviter)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("email", email, "role", role))))
                .andExpect(status().isCreated()).andReturn()).get("id").asString();
    }

    private long invitationsTo(String email) {
        return jdbc.sql("select count(*) from invitation where email = ?").param(email).query(Long.class).single();
    }

    private static String invitations(UUID organisation) {
        return "/api/v1/organisations/" + organisation + "/invitations";
    }
}
