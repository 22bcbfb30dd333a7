package org.tandem.platform.people.web;

import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.platform.Role;
import org.tandem.support.AccountJourneyTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvitationsAreAcceptedTest extends AccountJourneyTest {

    private static final String PASSWORD = "saucepan-glacier-violin";

    private List<String> rolesOf(String email, UUID organisationId) {
        return jdbc.sql("""
                select m.role from membership m join person p on p.id = m.person_id
                where p.email_key = lower(?) and m.organisation_id = ?""")
                .params(email, organisationId).query(String.class).list();
    }

    private long accountsFor(String email) {
        return jdbc.sql("select count(*) from person where email_key = lower(?)").param(email).query(Long.class).single();
    }

    private boolean pending(String email) {
        return jdbc.sql("select accepted_at is null and revoked_at is null from invitation where email = ?")
                .param(email).query(Boolean.class).single();
    }

    @Test
    void someoneNewToTandemSetsUpTheirAccountAndJoins() throws Exception {
        String email = unique("new.citizen") + "@example.test";
        String token = invite(Demo.ADMIN, demo.council(), email, Role.CITIZEN_CO_PRODUCER);

        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Join Millbrook Borough Council on Tandem")))
                .andExpect(content().string(containsString("Citizen co-producer")))
                .andExpect(content().string(containsString("Sam Patel")))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")));

        MvcResult joined = mvc.perform(post("/invitations/" + token).with(csrf())
                        .param("displayName", "Kai Newcomer").param("password", PASSWORD))
                .andExpect(redirectedUrl("/invitations/" + token))
                .andReturn();
        mvc.perform(get("/invitations/" + token).cookie(joined.getResponse().getCookie(SESSION_COOKIE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have joined Millbrook Borough Council")))
                .andExpect(content().string(containsString("as a citizen co-producer")))
                .andExpect(content().string(containsString("href=\"/sign-in\"")));

        assertThat(rolesOf(email, demo.council())).containsExactly("CITIZEN_CO_PRODUCER");
        assertThat(personRow(email).get("email_verified_at")).isNotNull();
        Cookie session = signIn(email, PASSWORD);
        mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/o/" + demo.council()));
    }

    @Test
    void theNewAccountFormExplainsEachProblemAndCreatesNothing() throws Exception {
        String email = unique("careless") + "@example.test";
        String token = invite(Demo.ADMIN, demo.council(), email, Role.PANEL_MEMBER);
        String path = "/invitations/" + token;

        mvc.perform(post(path).with(csrf()).param("displayName", "").param("password", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Join Millbrook Borough Council")))
                .andExpect(content().string(containsString("Enter your name")))
                .andExpect(content().string(containsString("Enter a password")));
        mvc.perform(post(path).with(csrf()).param("displayName", "x".repeat(10_000)).param("password", PASSWORD))
                .andExpect(content().string(containsString("Your name must be 200 characters or fewer")));
        mvc.perform(post(path).with(csrf()).param("displayName", "Lee Careless").param("password", email + "!"))
                .andExpect(content().string(containsString("Your password must not contain your name or email address")));
        mvc.perform(post(path).with(csrf()).param("displayName", "Lee Careless").param("password", "letmein2024!"))
                .andExpect(content().string(containsString("This password is too common")));
        mvc.perform(post(path).with(csrf()).param("displayName", "Lee Careless").param("password", "y".repeat(10_000)))
                .andExpect(content().string(containsString("Password must be 256 characters or fewer")));

        assertThat(accountsFor(email)).isZero();
        assertThat(pending(email)).isTrue();
    }

    @Test
    void someoneWithAnAccountSignsInAndComesBackToAccept() throws Exception {
        TestPerson person = newPerson("Pat Existing");
        String token = invite(Demo.ADMIN, demo.council(), person.email(), Role.SCRUTINY_MEMBER);

        MvcResult invitation = mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to join Millbrook Borough Council")))
                .andExpect(content().string(containsString("There is already a Tandem account for")))
                .andReturn();

        MvcResult signedIn = mvc.perform(post("/sign-in").with(csrf())
                        .cookie(invitation.getResponse().getCookie(SESSION_COOKIE))
                        .param("email", person.email()).param("password", person.password()))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).startsWith("http://localhost/invitations/" + token);
        Cookie session = signedIn.getResponse().getCookie(SESSION_COOKIE);

        mvc.perform(get(pathOf(signedIn.getResponse().getRedirectedUrl())).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accept the invitation")));
        mvc.perform(post("/invitations/" + token).with(csrf()).cookie(session).param("accept", "yes"))
                .andExpect(redirectedUrl("/o/" + demo.council()))
                .andExpect(flash().attribute("flash", "You have joined Millbrook Borough Council as a scrutiny member"));
        assertThat(rolesOf(person.email(), demo.council())).containsExactly("SCRUTINY_MEMBER");
        assertThat(auditEvents("invitation.accepted", person.id())).isEqualTo(1);
    }

    @Test
    void theInvitedPersonSignedInAcceptsWithOneButtonAndLandsInTheOrganisation() throws Exception {
        TestPerson person = newPerson("Sky Colleague");
        UUID riverside = demo.organisation(Demo.RIVERSIDE);
        String token = invite(Demo.PROVIDER, riverside, person.email().toUpperCase(), Role.PROVIDER_USER);

        mvc.perform(get("/invitations/" + token).with(as(person.email())))
                .andExpect(content().string(containsString("Join Riverside Youth Trust")))
                .andExpect(content().string(containsString("Dan Evans")));
        mvc.perform(post("/invitations/" + token).with(csrf()).with(as(person.email())).param("accept", "yes"))
                .andExpect(redirectedUrl("/o/" + riverside))
                .andExpect(flash().attribute("flash", "You have joined Riverside Youth Trust as a provider user"));
        assertThat(rolesOf(person.email(), riverside)).containsExactly("PROVIDER_USER");
    }

    @Test
    void someoneElseSignedInIsToldTheInvitationIsNotTheirsAndCannotUseIt() throws Exception {
        String email = unique("intended") + "@example.test";
        UUID riverside = demo.organisation(Demo.RIVERSIDE);
        String token = invite(Demo.PROVIDER, riverside, email, Role.ADMINISTRATOR);
        TestPerson other = newPerson("Nosy Parker");

        mvc.perform(get("/invitations/" + token).with(as(other.email())))
                .andExpect(content().string(containsString("This invitation is for someone else")))
                .andExpect(content().string(containsString(other.email())));
        mvc.perform(post("/invitations/" + token).with(csrf()).with(as(other.email())).param("accept", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This invitation is for someone else")));
        mvc.perform(post("/invitations/" + token).with(csrf()).with(as(other.email()))
                        .param("displayName", "Nosy Parker").param("password", PASSWORD))
                .andExpect(content().string(containsString("This invitation is for someone else")));

        assertThat(rolesOf(other.email(), riverside)).isEmpty();
        assertThat(accountsFor(email)).isZero();
        assertThat(pending(email)).isTrue();
    }

    @Test
    void anInvitationCannotBeAcceptedTwice() throws Exception {
        String email = unique("once") + "@example.test";
        String token = invite(Demo.ADMIN, demo.council(), email, Role.PANEL_MEMBER);
        mvc.perform(post("/invitations/" + token).with(csrf()).param("displayName", "First Taker").param("password", PASSWORD))
                .andExpect(redirectedUrl("/invitations/" + token));

        mvc.perform(post("/invitations/" + token).with(csrf()).param("displayName", "Second Taker")
                        .param("password", "another-password-entirely"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This invitation has already been accepted")));
        mvc.perform(get("/invitations/" + token))
                .andExpect(content().string(containsString("This invitation has already been accepted")));
        mvc.perform(post("/invitations/" + token).with(csrf()).with(as(email)).param("accept", "yes"))
                .andExpect(content().string(containsString("This invitation has already been accepted")));

        assertThat(personRow(email).get("display_name")).isEqualTo("First Taker");
        assertThat(passwordWorks(email, "another-password-entirely")).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'invitation.accepted' and summary like ?")
                .param("%Taker joined%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withdrawnAndExpiredInvitationsExplainThemselvesAndCannotBeUsed() throws Exception {
        String withdrawn = unique("withdrawn") + "@example.test";
        String withdrawnToken = invite(Demo.ADMIN, demo.council(), withdrawn, Role.PANEL_MEMBER);
        jdbc.sql("update invitation set revoked_at = ? where email = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), withdrawn).update();
        String expired = unique("expired") + "@example.test";
        String expiredToken = invite(Demo.ADMIN, demo.council(), expired, Role.PANEL_MEMBER);
        jdbc.sql("update invitation set expires_at = ? where email = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), expired).update();

        mvc.perform(get("/invitations/" + withdrawnToken))
                .andExpect(content().string(containsString("This invitation has been withdrawn")));
        mvc.perform(get("/invitations/" + expiredToken))
                .andExpect(content().string(containsString("This invitation has expired")))
                .andExpect(content().string(containsString("Ask Sam Patel")));
        mvc.perform(post("/invitations/" + withdrawnToken).with(csrf()).param("displayName", "Too Late").param("password", PASSWORD))
                .andExpect(content().string(containsString("This invitation has been withdrawn")));
        mvc.perform(post("/invitations/" + expiredToken).with(csrf()).param("displayName", "Too Late").param("password", PASSWORD))
                .andExpect(content().string(containsString("This invitation has expired")));

        assertThat(accountsFor(withdrawn)).isZero();
        assertThat(accountsFor(expired)).isZero();
    }

    @Test
    void unknownInvitationLinksAreNotFound() throws Exception {
        for (String token : new String[] {"abc", "x".repeat(43), "' or '1'='1"}) {
            mvc.perform(get("/invitations/" + token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Invitation not found")));
            mvc.perform(post("/invitations/" + token).with(csrf()).param("displayName", "Guess").param("password", PASSWORD))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void scriptsInANewcomersNameAreStoredAsTypedAndShownAsText() throws Exception {
        String email = unique("script") + "@example.test";
        String name = "<img src=x onerror=alert(1)> Robert'); DROP TABLE person; --";
        String token = invite(Demo.ADMIN, demo.council(), email, Role.CITIZEN_CO_PRODUCER);
        mvc.perform(post("/invitations/" + token).with(csrf()).param("displayName", name).param("password", PASSWORD))
                .andExpect(redirectedUrl("/invitations/" + token));

        assertThat(personRow(email).get("display_name")).isEqualTo(name);
        mvc.perform(get("/account").with(as(email)))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }

    @Test
    void acceptingNeedsTheFormsCsrfToken() throws Exception {
        String email = unique("forged") + "@example.test";
        String token = invite(Demo.ADMIN, demo.council(), email, Role.PANEL_MEMBER);
        mvc.perform(post("/invitations/" + token).param("displayName", "Forged").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/invitations/" + token).with(csrf().useInvalidToken())
                        .param("displayName", "Forged").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        TestPerson person = newPerson("Forged Accept");
        String other = invite(Demo.ADMIN, demo.council(), person.email(), Role.PANEL_MEMBER);
        mvc.perform(post("/invitations/" + other).with(as(person.email())).param("accept", "yes"))
                .andExpect(status().isForbidden());

        assertThat(accountsFor(email)).isZero();
        assertThat(pending(email)).isTrue();
        assertThat(rolesOf(person.email(), demo.council())).isEmpty();
    }
}
