package org.tandem.platform.people.web;

import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.support.AccountJourneyTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ForgottenPasswordsAreResetTest extends AccountJourneyTest {

    private static final String NEW_PASSWORD = "lighthouse-pebble-marmalade";
    private static final String LINK_NOT_VALID = "This link does not work";

    /** Asks for a reset link for the address and returns the page shown afterwards. */
    private String askForLink(String email) throws Exception {
        MvcResult asked = mvc.perform(post("/password-reset").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password-reset?sent"))
                .andReturn();
        return mvc.perform(get("/password-reset?sent").cookie(asked.getResponse().getCookie(SESSION_COOKIE)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String resetLink(TestPerson person) throws Exception {
        askForLink(person.email());
        return pathOf(linkInEmailTo(person.email(), "reset the password"));
    }

    @Test
    void aPersonChoosesANewPasswordFromTheEmailedLinkAndIsSignedOutEverywhere() throws Exception {
        TestPerson person = newPerson("Avery Forgetful");
        Cookie elsewhere = signIn(person.email(), person.password());

        assertThat(askForLink(person.email()))
                .contains("Check your email", "If there is a Tandem account for", person.email());
        String link = pathOf(linkInEmailTo(person.email(), "reset the password"));

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")));
        mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD + "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Choose a new password")))
                .andExpect(content().string(containsString("The passwords do not match")));
        mvc.perform(post(link).with(csrf()).param("password", "qwerty123456").param("confirmPassword", "qwerty123456"))
                .andExpect(content().string(containsString("This password is too common")));
        mvc.perform(post(link).with(csrf()).param("password", "short").param("confirmPassword", "short"))
                .andExpect(content().string(containsString("Password must be 12 characters or more")));
        assertThat(passwordWorks(person.email(), person.password())).isTrue();

        mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/password-reset/done"));
        mvc.perform(get("/password-reset/done"))
                .andExpect(content().string(containsString("Your password has been changed")))
                .andExpect(content().string(containsString("href=\"/sign-in\"")));

        assertThat(signedIn(elsewhere)).isFalse();
        assertThat(passwordWorks(person.email(), person.password())).isFalse();
        assertThat(passwordWorks(person.email(), NEW_PASSWORD)).isTrue();
        assertThat(emailsTo(person.email()).getLast()).contains("The password of your Tandem account was changed");
        assertThat(auditEvents("person.password-reset", person.id())).isEqualTo(1);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        TestPerson person = newPerson("Quinn Known");
        String nobody = unique("nobody") + "@example.test";

        String known = askForLink(person.email());
        String unknown = askForLink(nobody);

        assertThat(sameFor(unknown, nobody)).isEqualTo(sameFor(known, person.email()));
        linkInEmailTo(person.email(), "reset the password");
        assertThat(emailsTo(nobody)).isEmpty();
    }

    @Test
    void aResetLinkWorksOnlyOnce() throws Exception {
        TestPerson person = newPerson("Rowan Twice");
        String link = resetLink(person);
        mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/password-reset/done"));

        mvc.perform(get(link)).andExpect(content().string(containsString(LINK_NOT_VALID)));
        String another = "marigold-tunnel-saxophone";
        mvc.perform(post(link).with(csrf()).param("password", another).param("confirmPassword", another))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(LINK_NOT_VALID)));
        assertThat(passwordWorks(person.email(), another)).isFalse();
        assertThat(passwordWorks(person.email(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() throws Exception {
        TestPerson person = newPerson("Sage Slow");
        String link = resetLink(person);
        jdbc.sql("update account_token set expires_at = ? where person_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), person.id()).update();

        mvc.perform(get(link)).andExpect(content().string(containsString(LINK_NOT_VALID)))
                .andExpect(content().string(containsString("href=\"/password-reset\"")));
        mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(content().string(containsString(LINK_NOT_VALID)));
        assertThat(passwordWorks(person.email(), person.password())).isTrue();
    }

    @Test
    void madeUpLinksAreRefused() throws Exception {
        for (String token : new String[] {"abc", "x".repeat(43), "' or '1'='1"}) {
            mvc.perform(get("/password-reset/" + token))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(LINK_NOT_VALID)));
            mvc.perform(post("/password-reset/" + token).with(csrf())
                            .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                    .andExpect(content().string(containsString(LINK_NOT_VALID)));
        }
    }

    @Test
    void overLongPasswordsAreRefusedWithAMessage() throws Exception {
        TestPerson person = newPerson("Tatum Verbose");
        String link = resetLink(person);
        String huge = "correct-horse-".repeat(800);
        mvc.perform(post(link).with(csrf()).param("password", huge).param("confirmPassword", huge))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Password must be 256 characters or fewer")));
        assertThat(passwordWorks(person.email(), person.password())).isTrue();
        mvc.perform(get(link)).andExpect(content().string(containsString("Choose a new password")));
    }

    @Test
    void missingAnswersHaveTheirOwnMessages() throws Exception {
        String link = resetLink(newPerson("Uma Blank"));
        mvc.perform(post(link).with(csrf()).param("password", "").param("confirmPassword", ""))
                .andExpect(content().string(containsString("Enter a new password")))
                .andExpect(content().string(containsString("Enter your new password again")));
        mvc.perform(post("/password-reset").with(csrf()).param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your email address")));
        mvc.perform(post("/password-reset").with(csrf()).param("email", "x".repeat(10_000)))
                .andExpect(content().string(containsString("Email address must be 320 characters or fewer")));
    }

    @Test
    void resettingAlsoConfirmsTheEmailAddressTheLinkWentTo() throws Exception {
        TestPerson person = newUnconfirmedPerson("Val Unconfirmed");
        String link = resetLink(person);
        mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/password-reset/done"));
        assertThat(passwordWorks(person.email(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void choosingAPasswordNeedsTheFormsCsrfToken() throws Exception {
        TestPerson person = newPerson("Wren Forged");
        String link = resetLink(person);
        mvc.perform(post(link).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post(link).with(csrf().useInvalidToken())
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/password-reset").param("email", person.email())).andExpect(status().isForbidden());
        assertThat(passwordWorks(person.email(), person.password())).isTrue();
        mvc.perform(get(link)).andExpect(content().string(containsString("Choose a new password")));
    }
}
