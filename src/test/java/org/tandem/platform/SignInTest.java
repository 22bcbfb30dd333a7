package org.tandem.platform;

import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTest extends IntegrationTest {

    @Test
    void demoCommissionerSignsInWithEmailAndPassword() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("email", Demo.COMMISSIONER).param("password", Demo.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void aWrongPasswordSendsPeopleBackToTheForm() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("email", Demo.FINANCE).param("password", "not the password"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void pagesNeedSigningIn() throws Exception {
        mvc.perform(get("/home")).andExpect(status().is3xxRedirection());
    }
}
