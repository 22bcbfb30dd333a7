package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.platform.OrganisationKind;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * Two Tandem nodes on one database, as a council running two servers behind a load balancer: the same paper code
 * cast on both at the same instant, again and again, still gives exactly one ballot per voter, because the rule is
 * the database's unique index and not any one node's memory. The second node shares the first's configuration and
 * data directory (so the same ballot secret) and loads no demo data.
 */
class TwoNodesCountEachVoterOnceTest extends TenantTest {

    private static final int VOTERS = 40;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext secondNode;

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;

    @BeforeAll
    static void startTheSecondNode() {
        // Command-line arguments, because they outrank the test profile's settings (which load the demo).
        secondNode = new SpringApplicationBuilder(TandemApplication.class).profiles("test")
                .run("--server.port=0", "--tandem.demo-data=false");
    }

    @AfterAll
    static void stopTheSecondNode() {
        secondNode.close();
    }

    @Test
    void theSameVoterCastingOnBothNodesAtOnceHasOneBallot() throws Exception {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        BallotSteps.Vote vote = new BallotSteps(processes, proposals).process(council, Eligibility.VERIFICATION_CODE,
                new BallotSettings(BallotType.APPROVAL, null, null, null, null, null, null), BallotSteps.Moment.OPEN,
                false, true);
        List<String> codes = processes.issueCodes(council, vote.id(), VOTERS);
        String path = "/public/o/" + council + "/pb-processes/" + vote.id() + "/vote";
        int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        List<String> nodes = List.of("http://localhost:" + port + path, "http://localhost:" + secondPort + path);

        int accepted = 0;
        try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String code : codes) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> casts = new ArrayList<>();
                for (int n = 0; n < 2; n++) {
                    String node = nodes.get(n);
                    String choice = vote.proposal(n + 1);
                    casts.add(both.submit(() -> cast(node, code, choice, together)));
                }
                for (Future<Integer> cast : casts) {
                    accepted += cast.get() == 302 ? 1 : 0;
                }
            }
        }

        assertThat(jdbc.sql("select count(*) from pb_ballot where process_id = ?").param(vote.id())
                .query(Long.class).single()).as("one ballot per voter, whichever node took it").isEqualTo(VOTERS);
        assertThat(accepted).as("each node either took the ballot or replaced it; a clash is refused, never doubled")
                .isBetween(VOTERS, 2 * VOTERS);
    }

    /** Enters the code on one node, waits for the other node's voter, then both cast at once. */
    private static int cast(String node, String code, String choice, CyclicBarrier together) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(node)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String token = URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        assertThat(post(http, node, "_csrf=" + token + "&code=" + code)).isEqualTo(302);
        together.await();
        return post(http, node + "/ballot", "_csrf=" + token + "&choice=" + choice);
    }

    private static int post(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
