package org.tandem.platform.web;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.support.Browserless;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser really receives over HTTP: Tandem's own error pages without internals, problem+json for the API,
 * a strict Content-Security-Policy whose nonce matches the page's scripts, and the other protective headers.
 */
class ErrorPagesAndHeadersTest extends IntegrationTest {

    @Test
    void aMissingPageIsExplainedWithoutInternals() {
        Browserless browser = signedIn(Demo.COMMISSIONER);
        HttpResponse<String> response = browser.get(baseUrl() + "/o/" + UUID.randomUUID() + "/commissions");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aRefusalSaysWhatRoleIsNeeded() {
        Browserless browser = signedIn(Demo.CITIZEN);
        HttpResponse<String> response = browser.get(baseUrl() + "/o/" + demo.council() + "/commissions/new");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You cannot do this")
                .contains("Only a commissioner of Millbrook Borough Council can do this");
    }

    @Test
    void theErrorPageForFailuresShowsNoStackTrace() {
        HttpResponse<String> response = new Browserless().get(baseUrl() + "/error");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Sorry, there is a problem with the service")
                .doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    @Test
    void apiErrorsAreProblemJson() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "/api/v1/organisations/" + UUID.randomUUID()))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyWithAFreshNonce() {
        HttpResponse<String> first = new Browserless().get(baseUrl() + "/sign-in");
        HttpResponse<String> second = new Browserless().get(baseUrl() + "/sign-in");
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).isTrue();
        assertThat(first.body()).contains("<script nonce=\"" + nonce.group(1) + "\">");
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow()).isNotEqualTo(policy);
        assertThat(first.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(first.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(first.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void aFormPostedWithAForgedTokenIsRefusedAndChangesNothing() throws Exception {
        Browserless browser = signedIn(Demo.COMMISSIONER);
        long before = jdbc.sql("select count(*) from commission").query(Long.class).single();
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + demo.councilPath() + "/commissions"))
                .header("Cookie", "TANDEM_SESSION=" + browser.sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=Forged&_csrf=not-the-token")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("The form had expired or did not come from Tandem");
        assertThat(jdbc.sql("select count(*) from commission").query(Long.class).single()).isEqualTo(before);
    }

    private Browserless signedIn(String email) {
        Browserless browser = new Browserless();
        browser.submit(baseUrl() + "/sign-in", baseUrl() + "/sign-in", Map.of("email", email, "password", Demo.PASSWORD));
        return browser;
    }
}
