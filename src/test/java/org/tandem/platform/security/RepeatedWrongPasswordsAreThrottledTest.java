package org.tandem.platform.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.support.AccountJourneyTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class RepeatedWrongPasswordsAreThrottledTest extends AccountJourneyTest {

    private MvcResult attempt(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", password))
                .andReturn();
    }

    private String signInPageAfter(MvcResult attempt) throws Exception {
        Cookie session = attempt.getResponse().getCookie(SESSION_COOKIE);
        return mvc.perform(get("/sign-in").param("error", "").cookie(session))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        TestPerson person = newPerson("Blake Guessed");
        for (int i = 1; i <= 4; i++) {
            MvcResult wrong = attempt(person.email(), "wrong-guess-number-" + i);
            assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
            assertThat(signInPageAfter(wrong)).contains("Enter a correct email address and password");
        }
        MvcResult fifth = attempt(person.email(), "wrong-guess-number-5");
        assertThat(signInPageAfter(fifth)).contains("Too many failed attempts. Wait 15 minutes and try again.");

        MvcResult sixth = attempt(person.email(), person.password());
        assertThat(sixth.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        assertThat(signInPageAfter(sixth)).contains("Too many failed attempts. Wait");

        assertThat(auditEvents("sign-in.failed", person.id())).isEqualTo(4);
        assertThat(auditEvents("sign-in.blocked", person.id())).isEqualTo(2);
        mvc.perform(get("/account").with(as(person.email())))
                .andExpect(content().string(containsString("Blocked after too many wrong passwords")));
    }

    @Test
    void theBlockIsPerAddressAndWhateverTheCase() throws Exception {
        TestPerson guessed = newPerson("Cameron Targeted");
        TestPerson bystander = newPerson("Dana Bystander");
        for (int i = 1; i <= 5; i++) {
            attempt(i % 2 == 0 ? guessed.email().toUpperCase() : guessed.email(), "wrong-guess-" + i);
        }
        assertThat(attempt(" " + guessed.email().toUpperCase() + " ", guessed.password()).getResponse()
                .getRedirectedUrl()).isEqualTo("/sign-in?error");
        assertThat(attempt(bystander.email(), bystander.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/home");
    }

    @Test
    void anAddressWithNoAccountIsBlockedJustTheSameSoBlocksRevealNothing() throws Exception {
        String nobody = unique("nobody") + "@example.test";
        for (int i = 1; i <= 5; i++) {
            attempt(nobody, "wrong-guess-" + i);
        }
        MvcResult sixth = attempt(nobody, "anything-at-all");
        assertThat(signInPageAfter(sixth)).contains("Too many failed attempts. Wait");
    }
}
