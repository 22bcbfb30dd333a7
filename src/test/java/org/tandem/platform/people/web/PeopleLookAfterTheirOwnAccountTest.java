package org.tandem.platform.people.web;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

class PeopleLookAfterTheirOwnAccountTest extends AccountJourneyTest {

    private static final String NEW_PASSWORD = "thimble-canyon-lemonade";

    private int version(TestPerson person) {
        return ((Number) personRow(person.email()).get("version")).intValue();
    }

    private String name(TestPerson person) {
        return (String) personRow(person.email()).get("display_name");
    }

    private static int rowsIn(String page, String tableBodyRow) {
        Matcher m = Pattern.compile(Pattern.quote(tableBodyRow)).matcher(page);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theAccountPageShowsYourDetailsOrganisationsAndRecentSignIns() throws Exception {
        TestPerson person = newPerson("Ellis Account");
        join(person, demo.council(), Role.PANEL_MEMBER);
        assertThat(passwordWorks(person.email(), "not-my-password")).isFalse();
        Cookie session = signIn(person.email(), person.password());

        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your account")))
                .andExpect(content().string(containsString(person.name())))
                .andExpect(content().string(containsString(person.email())))
                .andExpect(content().string(containsString("href=\"/o/" + demo.council() + "\"")))
                .andExpect(content().string(containsString("Millbrook Borough Council")))
                .andExpect(content().string(containsString("Panel member")))
                .andExpect(content().string(containsString("Signed in")))
                .andExpect(content().string(containsString("Wrong password")))
                .andExpect(content().string(containsString("href=\"/account/name\"")))
                .andExpect(content().string(containsString("href=\"/account/password\"")));
    }

    @Test
    void recentSignInsAreYourOwnNewestFirstAndOnlyTheLastTen() throws Exception {
        TestPerson person = newPerson("Finley Frequent");
        TestPerson other = newPerson("Gale Other");
        for (int i = 0; i < 11; i++) {
            signIn(person.email(), person.password());
        }
        assertThat(passwordWorks(other.email(), "wrong-password-for-other")).isFalse();
        assertThat(passwordWorks(person.email(), "wrong-password-latest")).isFalse();

        String page = mvc.perform(get("/account").with(as(person.email())))
                .andReturn().getResponse().getContentAsString();
        String signIns = page.substring(page.indexOf("Your recent sign-ins"));
        assertThat(rowsIn(signIns, "<tr class=\"govuk-table__row\">")).isEqualTo(1 + 10);
        assertThat(signIns.indexOf("Wrong password")).isLessThan(signIns.indexOf("Signed in"));
        assertThat(rowsIn(signIns, "Wrong password")).isEqualTo(1);
    }

    @Test
    void youChangeYourName() throws Exception {
        TestPerson person = newPerson("Harper Before");
        mvc.perform(get("/account/name").with(as(person.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Harper Before\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(person) + "\"")));

        mvc.perform(post("/account/name").with(csrf()).with(as(person.email()))
                        .param("displayName", "  Harper After  ").param("version", String.valueOf(version(person))))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash", "Your name has been changed to Harper After"));

        assertThat(name(person)).isEqualTo("Harper After");
        assertThat(auditEvents("person.updated", person.id())).isEqualTo(1);
        mvc.perform(get("/account").with(as(person.email())))
                .andExpect(content().string(containsString("Harper After")));
    }

    @Test
    void aFormFromBeforeAChangeMadeElsewhereDoesNotOverwriteIt() throws Exception {
        TestPerson person = newPerson("Indy Original");
        int stale = version(person);
        mvc.perform(post("/account/name").with(csrf()).with(as(person.email()))
                        .param("displayName", "Indy Elsewhere").param("version", String.valueOf(stale)))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(post("/account/name").with(csrf()).with(as(person.email()))
                        .param("displayName", "Indy Stale").param("version", String.valueOf(stale)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your details were changed somewhere else")));
        assertThat(name(person)).isEqualTo("Indy Elsewhere");
    }

    @Test
    void unusableNamesAreRefusedWithAMessageAndNothingChanges() throws Exception {
        TestPerson person = newPerson("Jules Steady");
        String version = String.valueOf(version(person));
        mvc.perform(post("/account/name").with(csrf()).with(as(person.email()))
                        .param("displayName", "   ").param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Change your name")))
                .andExpect(content().string(containsString("Enter your name")));
        mvc.perform(post("/account/name").with(csrf()).with(as(person.email()))
                        .param("displayName", "J".repeat(10_000)).param("version", version))
                .andExpect(content().string(containsString("Your name must be 200 characters or fewer")));
        mvc.perform(post("/account/name").with(csrf()).with(as(person.email()))
                        .param("displayName", "Jules\r\nBcc: everyone@example.test").param("version", version))
                .andExpect(content().string(containsString("Your name must be on one line")));
        mvc.perform(post("/account/name").with(csrf()).with(as(person.email())).param("displayName", "Jules New"))
                .andExpect(content().string(containsString("The form was incomplete")));
        assertThat(name(person)).isEqualTo("Jules Steady");
    }

    @Test
    void scriptAndSqlInYourNameAreStoredAsTypedAndShownAsText() throws Exception {
        TestPerson person = newPerson("Kit Plain");
        String hostile = "<script>alert('name')</script>'; UPDATE person SET active = false; --";
        mvc.perform(post("/account/name").with(csrf()).with(as(person.email()))
                        .param("displayName", hostile).param("version", String.valueOf(version(person))))
                .andExpect(redirectedUrl("/account"));

        assertThat(name(person)).isEqualTo(hostile);
        assertThat(personRow(Demo.COMMISSIONER).get("active")).isEqualTo(true);
        mvc.perform(get("/account").with(as(person.email())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert("))));
    }

    @Test
    void youChangeYourPasswordStaySignedInHereAndAreSignedOutEverywhereElse() throws Exception {
        TestPerson person = newPerson("Lane Careful");
        Cookie here = signIn(person.email(), person.password());
        Cookie elsewhere = signIn(person.email(), person.password());
        int emails = emailsTo(person.email()).size();

        mvc.perform(get("/account/password").cookie(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")));
        mvc.perform(post("/account/password").with(csrf()).cookie(here).param("currentPassword", person.password())
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash",
                        "Your password has been changed. You have been signed out everywhere else."));

        assertThat(signedIn(here)).isTrue();
        assertThat(signedIn(elsewhere)).isFalse();
        assertThat(passwordWorks(person.email(), person.password())).isFalse();
        assertThat(passwordWorks(person.email(), NEW_PASSWORD)).isTrue();
        assertThat(emailsTo(person.email())).hasSize(emails + 1);
        assertThat(emailsTo(person.email()).getLast()).contains("The password of your Tandem account was changed");
        assertThat(auditEvents("person.password-changed", person.id())).isEqualTo(1);
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOneAndAGoodNewOne() throws Exception {
        TestPerson person = newPerson("Max Guarded");
        var as = as(person.email());
        mvc.perform(post("/account/password").with(csrf()).with(as).param("currentPassword", "")
                        .param("password", "").param("confirmPassword", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Change your password")))
                .andExpect(content().string(containsString("Enter your current password")))
                .andExpect(content().string(containsString("Enter a new password")))
                .andExpect(content().string(containsString("Enter your new password again")));
        mvc.perform(post("/account/password").with(csrf()).with(as).param("currentPassword", "not-the-password")
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(content().string(containsString("Your current password is not right")));
        mvc.perform(post("/account/password").with(csrf()).with(as).param("currentPassword", person.password())
                        .param("password", NEW_PASSWORD).param("confirmPassword", "something-else-entirely"))
                .andExpect(content().string(containsString("The passwords do not match")));
        mvc.perform(post("/account/password").with(csrf()).with(as).param("currentPassword", person.password())
                        .param("password", "welcome12345").param("confirmPassword", "welcome12345"))
                .andExpect(content().string(containsString("This password is too common")));
        String huge = "p".repeat(10_000) + "-q";
        mvc.perform(post("/account/password").with(csrf()).with(as).param("currentPassword", huge)
                        .param("password", huge).param("confirmPassword", huge))
                .andExpect(content().string(containsString("Your current password is not right")));
        mvc.perform(post("/account/password").with(csrf()).with(as).param("currentPassword", person.password())
                        .param("password", huge).param("confirmPassword", huge))
                .andExpect(content().string(containsString("Password must be 256 characters or fewer")));

        assertThat(passwordWorks(person.email(), person.password())).isTrue();
    }

    @Test
    void peopleWhoUseSingleSignOnHaveNoPasswordToChange() throws Exception {
        TestPerson person = newPerson("Nico Sso");
        jdbc.sql("update person set password_hash = null where id = ?").param(person.id()).update();

        mvc.perform(get("/account/password").with(as(person.email())))
                .andExpect(content().string(containsString("You sign in with your organisation’s account")))
                .andExpect(content().string(not(containsString("name=\"currentPassword\""))));
        mvc.perform(post("/account/password").with(csrf()).with(as(person.email())).param("currentPassword", "anything")
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("you do not have a Tandem password to change")));
        assertThat(personRow(person.email()).get("password_hash")).isNull();
    }

    @Test
    void theOrganisationSwitcherListsYourOrganisations() throws Exception {
        TestPerson person = newPerson("Oakley Two Hats");
        UUID riverside = demo.organisation(Demo.RIVERSIDE);
        join(person, demo.council(), Role.CITIZEN_CO_PRODUCER);
        join(person, riverside, Role.PROVIDER_USER);

        mvc.perform(get("/o/" + riverside).with(as(person.email())))
                .andExpect(content().string(containsString("href=\"/account/organisations\"")));
        mvc.perform(get("/account/organisations").with(as(person.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your organisations")))
                .andExpect(content().string(containsString("href=\"/o/" + demo.council() + "\"")))
                .andExpect(content().string(containsString("href=\"/o/" + riverside + "\"")))
                .andExpect(content().string(containsString("Citizen co-producer")))
                .andExpect(content().string(containsString("Provider user")));

        TestPerson loner = newPerson("Perry Alone");
        mvc.perform(get("/account/organisations").with(as(loner.email())))
                .andExpect(content().string(containsString("You are not part of an organisation yet")));
    }

    @Test
    void yourAccountNeedsSigningIn() throws Exception {
        for (String path : new String[] {"/account", "/account/name", "/account/password", "/account/organisations"}) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/sign-in"));
        }
        mvc.perform(post("/account/name").with(csrf()).param("displayName", "Anyone").param("version", "0"))
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void changesToYourAccountNeedTheFormsCsrfToken() throws Exception {
        TestPerson person = newPerson("Robin Forged");
        mvc.perform(post("/account/name").with(as(person.email()))
                        .param("displayName", "Forged Name").param("version", String.valueOf(version(person))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(csrf().useInvalidToken()).with(as(person.email()))
                        .param("currentPassword", person.password())
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(name(person)).isEqualTo("Robin Forged");
        assertThat(passwordWorks(person.email(), person.password())).isTrue();
    }
}
