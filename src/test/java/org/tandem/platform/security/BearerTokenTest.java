package org.tandem.platform.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.platform.Role;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Integrations calling the API with a personal API token instead of a browser session. */
class BearerTokenTest extends ApiTest {

    private static final Pattern SECRET = Pattern.compile("tandem_[A-Za-z0-9_-]{43}");

    @Test
    void aTokenCreatedOnThePageWorksUntilItIsRevoked() throws Exception {
        String email = newPerson(demo.council(), Role.COMMISSIONING_OFFICER);
        String page = mvc.perform(post("/account/api-tokens").with(as(email)).with(csrf())
                        .param("name", "Reporting").param("expiryDays", "90"))
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        String token = matcher.group();

        MvcResult me = mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.memberships[0].organisationId").value(demo.council().toString()))
                .andExpect(jsonPath("$.memberships[0].roles[0]").value("COMMISSIONING_OFFICER"))
                .andReturn();
        assertThat(me.getRequest().getSession(false)).as("no session for token calls").isNull();
        assertThat(me.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(jdbc.sql("select last_used_at from api_token where person_id = ?").param(demo.person(email))
                .query(Object.class).single()).isNotNull();
        mvc.perform(get("/account/api-tokens").with(as(email)))
                .andExpect(content().string(not(containsString(">Never<"))));

        UUID tokenId = jdbc.sql("select id from api_token where person_id = ?").param(demo.person(email))
                .query(UUID.class).single();
        mvc.perform(post("/account/api-tokens/" + tokenId + "/revoke").with(as(email)).with(csrf()))
                .andExpect(redirectedUrl("/account/api-tokens"));
        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String email = newPerson(demo.council(), Role.COMMISSIONER);
        String token = tokenFor(email);
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
        jdbc.sql("update api_token set expires_at = ? where person_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), demo.person(email)).update();
        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    @Test
    void aClosedAccountsTokensStopWorking() throws Exception {
        String email = newPerson(demo.council(), Role.COMMISSIONER);
        String token = tokenFor(email);
        jdbc.sql("update person set active = false where id = ?").param(demo.person(email)).update();
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownAndMalformedTokensAreRefused() throws Exception {
        String[] tokens = {"nonsense", "tandem_" + "A".repeat(43), "tandem_" + "A".repeat(10_000), "' or 1=1 --",
                SECRET.pattern()};
        for (String token : tokens) {
            mvc.perform(get("/api/v1/me").with(bearer(token)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("API token is not valid")));
        }
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer "))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"));
        mvc.perform(post("/api/v1/organisations/" + demo.council() + "/commissions").contentType(JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    /** A bad token is never quietly ignored in favour of the session cookie sent with it. */
    @Test
    void aBadTokenIsRefusedEvenWithASession() throws Exception {
        mvc.perform(get("/api/v1/me").with(as(Demo.COMMISSIONER)).with(bearer("tandem_" + "B".repeat(43))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenCallsMakeChangesWithoutACsrfToken() throws Exception {
        String email = newPerson(demo.council(), Role.COMMISSIONING_OFFICER);
        UUID commission = newCommission(demo.council());
        String path = "/api/v1/organisations/" + demo.council() + "/commissions/" + commission + "/checklist/outreach";
        mvc.perform(put(path).with(bearer(tokenFor(email))).contentType(JSON)
                        .content(write(Map.of("done", true, "note", "Done by the integration"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(true))
                .andExpect(jsonPath("$.by").value(startsWith("Tester")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'commission.checklist-ticked' "
                        + "and actor_id = ?").param(demo.person(email)).query(Long.class).single())
                .as("audited as the token's owner").isEqualTo(1);
    }

    @Test
    void sessionCallsMustSendTheCsrfToken() throws Exception {
        UUID commission = newCommission(demo.council());
        String path = "/api/v1/organisations/" + demo.council() + "/commissions/" + commission
                + "/checklist/values-interviews";
        mvc.perform(put(path).with(as(Demo.OFFICER)).contentType(JSON).content(write(Map.of("done", true))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
        assertThat(jdbc.sql("select count(*) from commission_checklist_tick where commission_id = ?")
                .param(commission).query(Long.class).single()).isZero();
    }

    @Test
    void aTokenCarriesItsOwnersRolesAndNoMore() throws Exception {
        String email = newPerson(demo.council(), Role.FINANCE_OFFICER);
        String token = tokenFor(email);
        mvc.perform(post("/api/v1/organisations/" + demo.council() + "/commissions").with(bearer(token))
                        .contentType(JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(get("/api/v1/organisations/" + demo.organisation(Demo.RIVERSIDE)).with(bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    /** Tokens are for the API: they open no pages, so a stolen token cannot be used to mint more. */
    @Test
    void aTokenDoesNotSignInToThePages() throws Exception {
        String token = tokenFor(newPerson(demo.council(), Role.COMMISSIONER));
        mvc.perform(get("/account/api-tokens").with(bearer(token))).andExpect(redirectedUrl("/sign-in"));
    }
}
