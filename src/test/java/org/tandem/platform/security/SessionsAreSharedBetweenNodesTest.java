package org.tandem.platform.security;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.support.Browserless;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a load balancer any node may answer any request. Sessions live in the database, so signing in on one node
 * and carrying on on another just works, and signing out on either ends the session everywhere.
 */
class SessionsAreSharedBetweenNodesTest extends IntegrationTest {

    private static ConfigurableApplicationContext secondNode;

    @BeforeAll
    static void startASecondNode() {
        secondNode = new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .run("--server.port=0", "--tandem.demo-data=false");
    }

    @AfterAll
    static void stopTheSecondNode() {
        secondNode.close();
    }

    @Test
    void aSessionStartedOnOneNodeIsHonouredOnTheOther() {
        String nodeB = "http://localhost:" + secondNode.getEnvironment().getProperty("local.server.port");
        Browserless browser = new Browserless();
        browser.submit(baseUrl() + "/sign-in", baseUrl() + "/sign-in",
                Map.of("email", Demo.SCRUTINY, "password", Demo.PASSWORD));
        String session = browser.sessionCookie();
        assertThat(session).isNotNull();

        HttpResponse<String> onB = Browserless.getWithSession(nodeB + "/account/organisations", session);
        assertThat(onB.statusCode()).isIn(200, 404);
        HttpResponse<String> homeOnB = Browserless.getWithSession(nodeB + "/o/" + demo.council(), session);
        assertThat(homeOnB.statusCode()).isEqualTo(200);
        assertThat(homeOnB.body()).contains("Welcome, Cllr Helen Brooks.");

        // Sign out on node A: node B no longer accepts the session either.
        browser.submit(baseUrl() + "/o/" + demo.council(), baseUrl() + "/sign-out", Map.of());
        HttpResponse<String> afterSignOut = Browserless.getWithSession(nodeB + "/o/" + demo.council(), session);
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
    }
}
