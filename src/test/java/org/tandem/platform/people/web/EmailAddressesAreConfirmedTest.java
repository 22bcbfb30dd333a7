package org.tandem.platform.people.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.support.AccountJourneyTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EmailAddressesAreConfirmedTest extends AccountJourneyTest {

    private static final String LINK_NOT_VALID = "This link does not work";

    private boolean confirmed(String email) {
        return personRow(email).get("email_verified_at") != null;
    }

    @Test
    void theLinkInTheEmailConfirmsTheAddressOnce() throws Exception {
        TestPerson person = newUnconfirmedPerson("Casey Unconfirmed");
        assertThat(passwordWorks(person.email(), person.password())).isFalse();
        String link = pathOf(linkInEmailTo(person.email(), "Confirm your email address"));

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Email address confirmed")))
                .andExpect(content().string(containsString(person.email())))
                .andExpect(content().string(containsString("href=\"/sign-in\"")));
        assertThat(confirmed(person.email())).isTrue();
        assertThat(auditEvents("person.email-verified", person.id())).isEqualTo(1);
        assertThat(passwordWorks(person.email(), person.password())).isTrue();

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(LINK_NOT_VALID)))
                .andExpect(content().string(containsString("href=\"/verify-email/resend\"")));
        assertThat(auditEvents("person.email-verified", person.id())).isEqualTo(1);
    }

    @Test
    void madeUpAndMangledLinksAreExplained() throws Exception {
        for (String token : new String[] {"", "abc", "x".repeat(43), "' or '1'='1' --", "<script>alert(1)</script>",
                "z".repeat(10_000)}) {
            mvc.perform(get("/verify-email").param("token", token))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(LINK_NOT_VALID)))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))));
        }
        mvc.perform(get("/verify-email")).andExpect(content().string(containsString(LINK_NOT_VALID)));
    }

    @Test
    void anExpiredLinkDoesNotConfirm() throws Exception {
        TestPerson person = newUnconfirmedPerson("Riley Late");
        String link = pathOf(linkInEmailTo(person.email(), "Confirm your email address"));
        jdbc.sql("update account_token set expires_at = ? where person_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), person.id()).update();

        mvc.perform(get(link)).andExpect(content().string(containsString(LINK_NOT_VALID)));
        assertThat(confirmed(person.email())).isFalse();
    }

    @Test
    void askingForANewLinkGivesTheSameAnswerWhetherOrNotTheAddressHasAnAccount() throws Exception {
        TestPerson waiting = newUnconfirmedPerson("Morgan Waiting");
        TestPerson done = newPerson("Drew Done");
        String nobody = unique("nobody") + "@example.test";
        int waitingEmails = emailsTo(waiting.email()).size();

        String waitingPage = resend(waiting.email());
        assertThat(sameFor(resend(done.email()), done.email())).isEqualTo(sameFor(waitingPage, waiting.email()));
        assertThat(sameFor(resend(nobody), nobody)).isEqualTo(sameFor(waitingPage, waiting.email()));
        assertThat(waitingPage).contains("has a Tandem account that is waiting to be confirmed, we have sent a new link");

        assertThat(emailsTo(waiting.email())).hasSize(waitingEmails + 1);
        assertThat(emailsTo(done.email())).isEmpty();
        assertThat(emailsTo(nobody)).isEmpty();
        mvc.perform(get(pathOf(linkInEmailTo(waiting.email(), "Confirm your email address"))))
                .andExpect(content().string(containsString("Email address confirmed")));
    }

    /** Asks for a new link and returns the page shown afterwards. */
    private String resend(String email) throws Exception {
        MvcResult asked = mvc.perform(post("/verify-email/resend").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/verify-email/resend?sent"))
                .andReturn();
        return mvc.perform(get("/verify-email/resend?sent").cookie(asked.getResponse().getCookie(SESSION_COOKIE)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFormIsFilledInWithTheAddressFromTheSignInPage() throws Exception {
        mvc.perform(get("/verify-email/resend").param("email", "casey@example.test"))
                .andExpect(content().string(containsString("value=\"casey@example.test\"")));
        mvc.perform(get("/verify-email/resend").param("email", "\"><script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("&lt;script&gt;"))));
    }

    @Test
    void badlyFormedAddressesAreRefusedWithAMessage() throws Exception {
        mvc.perform(post("/verify-email/resend").with(csrf()).param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Get a new confirmation link")))
                .andExpect(content().string(containsString("Enter your email address")));
        mvc.perform(post("/verify-email/resend").with(csrf()).param("email", "not an address"))
                .andExpect(content().string(containsString("Enter an email address in the correct format")));
        mvc.perform(post("/verify-email/resend").with(csrf()).param("email", "a".repeat(10_000) + "@example.test"))
                .andExpect(content().string(containsString("Email address must be 320 characters or fewer")));
    }

    @Test
    void askingForANewLinkNeedsTheFormsCsrfToken() throws Exception {
        TestPerson waiting = newUnconfirmedPerson("Jamie Forged");
        int before = emailsTo(waiting.email()).size();
        mvc.perform(post("/verify-email/resend").param("email", waiting.email())).andExpect(status().isForbidden());
        mvc.perform(post("/verify-email/resend").with(csrf().useInvalidToken()).param("email", waiting.email()))
                .andExpect(status().isForbidden());
        assertThat(emailsTo(waiting.email())).hasSize(before);
    }
}
