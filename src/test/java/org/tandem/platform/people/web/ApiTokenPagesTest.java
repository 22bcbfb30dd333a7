package org.tandem.platform.people.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Role;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiTokenPagesTest extends ApiTest {

    private static final Pattern SECRET = Pattern.compile("tandem_[A-Za-z0-9_-]{43}");

    @Test
    void thePageNeedsSigningIn() throws Exception {
        mvc.perform(get("/account/api-tokens")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void someoneWithNoTokensIsToldSoAndOfferedTheForm() throws Exception {
        String email = newPerson(demo.council(), Role.FINANCE_OFFICER);
        mvc.perform(get("/account/api-tokens").with(as(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no API tokens")))
                .andExpect(content().string(containsString("name=\"expiryDays\"")));
    }

    @Test
    void aNewTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        String email = newPerson(demo.council(), Role.FINANCE_OFFICER);
        String name = unique("Budget spreadsheet");
        String page = mvc.perform(post("/account/api-tokens").with(as(email)).with(csrf())
                        .param("name", name).param("expiryDays", "30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group();

        var stored = jdbc.sql("select id, token_hash, name from api_token where person_id = ?")
                .param(demo.person(email)).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                        rs.getString(3)}).single();
        assertThat(stored[1]).isEqualTo(sha256(secret));
        assertThat(stored[2]).isEqualTo(name);
        assertThat(jdbc.sql("select count(*) from audit_event where before_state like ? or after_state like ? "
                + "or summary like ?").params("%" + secret + "%", "%" + secret + "%", "%" + secret + "%")
                .query(Long.class).single()).isZero();
        assertThat(auditEvents("api-token.created", stored[0])).isEqualTo(1);

        String list = mvc.perform(get("/account/api-tokens").with(as(email))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(name).contains("Never").doesNotContain(secret);
    }

    @Test
    void aNameWithMarkupIsShownAsText() throws Exception {
        String email = newPerson(demo.council(), Role.FINANCE_OFFICER);
        mvc.perform(post("/account/api-tokens").with(as(email)).with(csrf())
                .param("name", "<script>alert('x')</script>").param("expiryDays", "7")).andExpect(status().isOk());
        String list = mvc.perform(get("/account/api-tokens").with(as(email))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void wrongDetailsAreExplainedAndNothingIsCreated() throws Exception {
        String email = newPerson(demo.council(), Role.FINANCE_OFFICER);
        String[][] cases = {
                {"", "30", "Enter a name for the token"},
                {"x".repeat(10_000), "30", "Name must be 100 characters or fewer"},
                {"Reports", "", "Enter how many days the token will work for"},
                {"Reports", "0", "Days must be a whole number from 1 to 365"},
                {"Reports", "366", "Days must be a whole number from 1 to 365"},
                {"Reports", "-5", "Days must be a whole number from 1 to 365"},
                {"Reports", "ninety", "Days must be a whole number from 1 to 365"},
                {"Reports", "9".repeat(10_000), "Days must be a whole number from 1 to 365"}};
        for (String[] c : cases) {
            mvc.perform(post("/account/api-tokens").with(as(email)).with(csrf())
                            .param("name", c[0]).param("expiryDays", c[1]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c[2])))
                    .andExpect(content().string(containsString("<title>Error: API tokens")));
        }
        assertThat(tokenCount(email)).isZero();
    }

    @Test
    void creatingWithoutTheCsrfTokenIsRefused() throws Exception {
        String email = newPerson(demo.council(), Role.FINANCE_OFFICER);
        mvc.perform(post("/account/api-tokens").with(as(email)).param("name", "Sneaky").param("expiryDays", "30"))
                .andExpect(status().isForbidden());
        assertThat(tokenCount(email)).isZero();
    }

    @Test
    void revokingRemovesTheTokenFromTheListAndIsAudited() throws Exception {
        String email = newPerson(demo.council(), Role.FINANCE_OFFICER);
        tokenFor(email);
        UUID tokenId = tokenIdOf(email);
        mvc.perform(post("/account/api-tokens/" + tokenId + "/revoke").with(as(email)).with(csrf()))
                .andExpect(redirectedUrl("/account/api-tokens"))
                .andExpect(flash().attribute("flash", containsString("has been revoked")));
        assertThat(jdbc.sql("select revoked_at from api_token where id = ?").param(tokenId).query(Object.class)
                .single()).isNotNull();
        assertThat(auditEvents("api-token.revoked", tokenId)).isEqualTo(1);
        mvc.perform(get("/account/api-tokens").with(as(email)))
                .andExpect(content().string(containsString("You have no API tokens")));
    }

    @Test
    void nobodyCanRevokeSomeoneElsesToken() throws Exception {
        String owner = newPerson(demo.council(), Role.FINANCE_OFFICER);
        tokenFor(owner);
        UUID tokenId = tokenIdOf(owner);
        mvc.perform(post("/account/api-tokens/" + tokenId + "/revoke").with(as(Demo.ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/api-tokens/" + tokenId + "/revoke").with(as(owner)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from api_token where id = ? and revoked_at is null").param(tokenId)
                .query(Long.class).single()).isEqualTo(1);
    }

    private long tokenCount(String email) {
        return jdbc.sql("select count(*) from api_token where person_id = ?").param(demo.person(email))
                .query(Long.class).single();
    }

    private UUID tokenIdOf(String email) {
        return jdbc.sql("select id from api_token where person_id = ?").param(demo.person(email)).query(UUID.class)
                .single();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
