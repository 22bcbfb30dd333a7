package org.tandem.platform.people.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.people.Invitation;
import org.tandem.platform.people.Invitations;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvitingPeopleTest extends TenantTest {

    @Autowired
    private Invitations invitations;

    private UUID body;
    private String admin;
    private String commissioner;

    @BeforeEach
    void freshCommissioningBody() {
        body = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        admin = newPerson("Ada Administrator", body, Role.ADMINISTRATOR);
        commissioner = newPerson(body, Role.COMMISSIONER);
    }

    @Test
    void anAdministratorInvitesSomeoneAndTheEmailCarriesAWorkingLink() throws Exception {
        String invitee = newEmail();

        mvc.perform(invite(admin, body, invitee, "FINANCE_OFFICER"))
                .andExpect(redirectedUrl("/o/" + body + "/invitations"))
                .andExpect(flash().attribute("flash", "We have sent an invitation to " + invitee));

        String link = linkInEmailTo(invitee, organisationService.details(body).name());
        String path = pathOf(link);
        assertThat(path).matches("/invitations/[A-Za-z0-9_-]{43}");
        Invitation invitation = invitations.byToken(path.substring("/invitations/".length())).orElseThrow();
        assertThat(invitation.organisationId()).isEqualTo(body);
        assertThat(invitation.role()).isEqualTo(Role.FINANCE_OFFICER);
        assertThat(invitation.statusAt(Instant.now())).isEqualTo(Invitation.Status.PENDING);
        assertThat(emailTo(invitee)).contains("Ada Administrator has invited you to join",
                "as a finance officer", Role.FINANCE_OFFICER.description());
        assertThat(auditEvents(body, "invitation.sent")).isEqualTo(1);

        assertThat(list(admin, body)).contains(invitee, "Finance officer", "Ada Administrator", "Withdraw");
    }

    @Test
    void anAdministratorMayInviteToAnyRoleOfTheOrganisation() throws Exception {
        String form = mvc.perform(get("/o/" + body + "/invitations/new").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(form).contains("value=\"ADMINISTRATOR\"", "value=\"COMMISSIONER\"", "value=\"SCRUTINY_MEMBER\"",
                Role.PANEL_MEMBER.description()).doesNotContain("value=\"PROVIDER_USER\"");
        mvc.perform(invite(admin, body, newEmail(), "ADMINISTRATOR")).andExpect(status().is3xxRedirection());
        assertThat(emailTo(lastInvitee(body))).contains("as an administrator");
    }

    @Test
    void aCommissionerInvitesCitizensPanelAndScrutinyMembersButNotAnAdministrator() throws Exception {
        String form = mvc.perform(get("/o/" + body + "/invitations/new").with(as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"CITIZEN_CO_PRODUCER\"", "value=\"PANEL_MEMBER\"", "value=\"SCRUTINY_MEMBER\"")
                .doesNotContain("value=\"ADMINISTRATOR\"", "value=\"COMMISSIONER\"");

        String refused = newEmail();
        String page = mvc.perform(invite(commissioner, body, refused, "ADMINISTRATOR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Error:", "You cannot invite people as an administrator in");
        assertThat(invitationsTo(refused)).isZero();

        String citizen = newEmail();
        mvc.perform(invite(commissioner, body, citizen, "CITIZEN_CO_PRODUCER")).andExpect(status().is3xxRedirection());
        assertThat(invitationsTo(citizen)).isOne();
    }

    @Test
    void theDemoCommissionerCannotInviteAnAdministratorToTheCouncil() throws Exception {
        String refused = newEmail();
        mvc.perform(invite(Demo.COMMISSIONER, demo.council(), refused, "ADMINISTRATOR")).andExpect(status().isOk());
        assertThat(invitationsTo(refused)).isZero();
    }

    @Test
    void aProviderUserInvitesAColleague() throws Exception {
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);
        String worker = newPerson(provider, Role.PROVIDER_USER);

        assertThat(mvc.perform(get("/o/" + provider + "/invitations/new").with(as(worker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("value=\"PROVIDER_USER\"").doesNotContain("value=\"ADMINISTRATOR\"");
        String colleague = newEmail();
        mvc.perform(invite(worker, provider, colleague, "PROVIDER_USER"))
                .andExpect(redirectedUrl("/o/" + provider + "/invitations"));
        assertThat(invitationsTo(colleague)).isOne();

        String boss = newEmail();
        assertThat(mvc.perform(invite(worker, provider, boss, "ADMINISTRATOR")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("You cannot invite people as an administrator");
        assertThat(invitationsTo(boss)).isZero();
    }

    @Test
    void otherRolesAndOutsidersCannotInvite() throws Exception {
        String officer = newPerson(body, Role.COMMISSIONING_OFFICER);
        String someone = newEmail();

        mvc.perform(get("/o/" + body + "/invitations").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(invite(officer, body, someone, "CITIZEN_CO_PRODUCER")).andExpect(status().isForbidden());
        mvc.perform(get(demo.councilPath() + "/invitations").with(as(Demo.OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/o/" + body + "/invitations").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(invite(Demo.ADMIN, body, someone, "CITIZEN_CO_PRODUCER")).andExpect(status().isNotFound());
        mvc.perform(post("/o/" + body + "/invitations/new").with(as(admin)).param("email", someone)
                .param("role", "CITIZEN_CO_PRODUCER")).andExpect(status().isForbidden());

        assertThat(invitationsTo(someone)).isZero();
    }

    @Test
    void mistakesInTheFormAreExplained() throws Exception {
        assertThat(body(invite(admin, body, "", null))).contains("Enter an email address",
                "Select the role they will have", "href=\"#email\"", "href=\"#role\"");
        assertThat(body(invite(admin, body, "not-an-email", "PANEL_MEMBER")))
                .contains("Enter an email address in the correct format");
        assertThat(body(invite(admin, body, "a".repeat(320) + "@example.org", "PANEL_MEMBER")))
                .contains("Email address must be 320 characters or fewer");
        assertThat(body(invite(admin, body, "nul\u0000byte@example.org", "PANEL_MEMBER")))
                .contains("Enter an email address in the correct format");
        assertThat(body(invite(admin, body, "<script>alert(1)</script>@example.org", "PANEL_MEMBER")))
                .contains("Enter an email address in the correct format").doesNotContain("<script>alert(1)");
        assertThat(body(invite(admin, body, newEmail(), "EMPEROR"))).contains("Select the role they will have");

        assertThat(list(admin, body)).contains("There are no invitations waiting for an answer");
    }

    @Test
    void peopleAreNotInvitedTwiceToTheSameRole() throws Exception {
        String invitee = newEmail();
        mvc.perform(invite(admin, body, invitee, "PANEL_MEMBER")).andExpect(status().is3xxRedirection());

        assertThat(body(invite(admin, body, invitee.toUpperCase(), "PANEL_MEMBER")))
                .contains("already has an invitation to be a panel member");
        assertThat(body(invite(admin, body, commissioner, "COMMISSIONER")))
                .contains("is already a commissioner in");
        assertThat(invitationsTo(invitee)).isOne();
    }

    @Test
    void aPendingInvitationCanBeWithdrawnAndItsLinkStopsWorking() throws Exception {
        String invitee = newEmail();
        mvc.perform(invite(admin, body, invitee, "SCRUTINY_MEMBER")).andExpect(status().is3xxRedirection());
        String token = pathOf(linkInEmailTo(invitee, "Tandem")).substring("/invitations/".length());
        UUID id = invitations.byToken(token).orElseThrow().id();

        mvc.perform(post("/o/" + body + "/invitations/" + id + "/revoke").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/o/" + body + "/invitations"))
                .andExpect(flash().attribute("flash", "The invitation for " + invitee + " has been withdrawn"));

        assertThat(invitations.byToken(token).orElseThrow().statusAt(Instant.now()))
                .isEqualTo(Invitation.Status.REVOKED);
        assertThat(auditEvents(body, "invitation.revoked")).isOne();
        String list = list(admin, body);
        assertThat(list).contains("There are no invitations waiting for an answer", invitee, ">Withdrawn<");

        mvc.perform(post("/o/" + body + "/invitations/" + id + "/revoke").with(as(admin)).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void invitationsOfOtherOrganisationsCannotBeWithdrawn() throws Exception {
        String invitee = newEmail();
        mvc.perform(invite(admin, body, invitee, "PANEL_MEMBER")).andExpect(status().is3xxRedirection());
        UUID id = invitationId(invitee);

        mvc.perform(post(demo.councilPath() + "/invitations/" + id + "/revoke").with(as(Demo.ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/o/" + body + "/invitations/" + id + "/revoke").with(as(Demo.ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/o/" + body + "/invitations/" + id + "/revoke").with(as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/o/" + body + "/invitations/" + UUID.randomUUID() + "/revoke").with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(revokedInvitationsTo(invitee)).isZero();
    }

    @Test
    void aCommissionerNeitherSeesNorWithdrawsInvitationsToRolesTheyCannotGive() throws Exception {
        String futureAdmin = newEmail();
        mvc.perform(invite(admin, body, futureAdmin, "ADMINISTRATOR")).andExpect(status().is3xxRedirection());
        UUID id = invitationId(futureAdmin);

        assertThat(list(commissioner, body)).doesNotContain(futureAdmin);
        mvc.perform(post("/o/" + body + "/invitations/" + id + "/revoke").with(as(commissioner)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(revokedInvitationsTo(futureAdmin)).isZero();
    }

    @Test
    void recentlyExpiredInvitationsAreListedAsExpired() throws Exception {
        String invitee = newEmail();
        mvc.perform(invite(admin, body, invitee, "PANEL_MEMBER")).andExpect(status().is3xxRedirection());
        jdbc.sql("update invitation set expires_at = ? where lower(email) = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minus(2, ChronoUnit.DAYS), invitee).update();

        String list = list(admin, body);

        assertThat(list).contains("There are no invitations waiting for an answer", invitee, ">Expired<");
    }

    private MockHttpServletRequestBuilder invite(String who, UUID organisation, String email, String role) {
        MockHttpServletRequestBuilder request = post("/o/" + organisation + "/invitations/new").with(as(who))
                .with(csrf()).param("email", email);
        return role == null ? request : request.param("role", role);
    }

    private String list(String who, UUID organisation) throws Exception {
        return mvc.perform(get("/o/" + organisation + "/invitations").with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String newEmail() {
        return "invitee-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private static String emailTo(String address) {
        linkInEmailTo(address, "Tandem");
        return Arrays.stream(mail().getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address))
                .map(m -> body(m)).reduce((first, second) -> second).orElseThrow();
    }

    private String lastInvitee(UUID organisation) {
        return jdbc.sql("select email from invitation where organisation_id = ? order by created_at desc limit 1")
                .param(organisation).query(String.class).single();
    }

    private UUID invitationId(String email) {
        return jdbc.sql("select id from invitation where lower(email) = ?").param(email).query(UUID.class).single();
    }

    private long invitationsTo(String email) {
        return jdbc.sql("select count(*) from invitation where lower(email) = lower(?)").param(email)
                .query(Long.class).single();
    }

    private long revokedInvitationsTo(String email) {
        return jdbc.sql("select count(*) from invitation where lower(email) = ? and revoked_at is not null")
                .param(email).query(Long.class).single();
    }
}
