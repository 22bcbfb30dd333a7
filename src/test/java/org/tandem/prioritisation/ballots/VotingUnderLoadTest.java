package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.OrganisationKind;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.pabulib.PabulibFile;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * Voting under load, over real HTTP on loopback: many clients at once, each voting with paper codes as residents
 * do (open the vote page, type the code, tick projects, cast, read the receipt), and one voter in ten changing
 * their mind and voting again. Afterwards every receipt a voter was given must stand for exactly one counted ballot:
 * nothing lost, nothing counted twice, and no ballot without a receipt. Prints ballots per second and latencies;
 * the suite runs a small load, and {@code perf/voting-load.sh} the issue's 20,000 ballots from 200 clients on
 * PostgreSQL ({@code -Dtandem.load.voters} and {@code -Dtandem.load.clients}).
 */
class VotingUnderLoadTest extends TenantTest {

    private static final int VOTERS = Integer.getInteger("tandem.load.voters", 600);
    private static final int CLIENTS = Integer.getInteger("tandem.load.clients", 40);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern RECEIPT = Pattern.compile("class=\"tandem-receipt\">([A-Z0-9-]+)<");

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private BallotBox ballotBox;

    /** What one voter's client saw: the receipt of the ballot that counts, and how long each cast took. */
    private record Voted(String receipt, List<Double> castMillis, int casts) {
    }

    @Test
    void everyReceiptGivenStandsForExactlyOneCountedBallot() throws Exception {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        BallotSteps.Vote vote = new BallotSteps(processes, proposals).process(council, Eligibility.VERIFICATION_CODE,
                new BallotSettings(BallotType.APPROVAL, null, null, null, null, null, null), BallotSteps.Moment.OPEN,
                false, true);
        List<String> codes = new ArrayList<>(VOTERS);
        while (codes.size() < VOTERS) {
            codes.addAll(processes.issueCodes(council, vote.id(), Math.min(10_000, VOTERS - codes.size())));
        }
        String votePath = baseUrl() + "/public/o/" + council + "/pb-processes/" + vote.id() + "/vote";
        List<String> choices = vote.proposals().stream().map(p -> p.id().toString()).toList();

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Voted> voted = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    Random random = new Random(client);
                    for (int v = client; v < VOTERS; v += CLIENTS) {
                        try {
                            voted.add(vote(votePath, codes.get(v), choices, random, v % 10 == 0 ? 2 : 1));
                        } catch (Exception | AssertionError e) {
                            failures.add("voter " + v + ": " + e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(failures).as("every voter's client got through").isEmpty();
        PabulibFile counted = ballotBox.countedBallots(council, vote.id());
        int voterId = counted.voteColumns().indexOf("voter_id");
        List<String> countedIds = counted.votes().stream().map(row -> row.get(voterId)).toList();
        Map<String, Integer> timesCounted = new HashMap<>();
        countedIds.forEach(id -> timesCounted.merge(id, 1, Integer::sum));
        long lost = voted.stream().filter(v -> !timesCounted.containsKey(BallotBox.receiptId(v.receipt()))).count();
        long duplicated = timesCounted.values().stream().filter(n -> n > 1).count();
        assertThat(lost).as("ballots with a receipt missing from the count").isZero();
        assertThat(duplicated).as("ballots counted more than once").isZero();
        assertThat(countedIds).as("one counted ballot per voter, none without a receipt").hasSize(VOTERS);
        assertThat(jdbc.sql("select count(*) from pb_ballot where process_id = ?").param(vote.id())
                .query(Long.class).single()).isEqualTo(VOTERS);

        List<Double> casts = new ArrayList<>(voted.stream().flatMap(v -> v.castMillis().stream()).toList());
        Collections.sort(casts);
        int ballots = voted.stream().mapToInt(Voted::casts).sum();
        System.out.printf(Locale.ROOT, "VOTING UNDER LOAD on %s: %d voters (%d ballots cast, %d changed) from %d "
                        + "clients in %.1f s: %.0f ballots/s; casting p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                        + "0 lost, 0 duplicated; load average %.1f on %d cores%n",
                System.getProperty("tandem.test.db", "h2"), VOTERS, ballots, ballots - VOTERS, CLIENTS, seconds,
                ballots / seconds, casts.get(casts.size() / 2), casts.get((int) Math.ceil(casts.size() * 0.95) - 1),
                casts.getLast(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** One resident voting with their code, {@code times} times; the receipt kept is the last one. */
    private static Voted vote(String votePath, String code, List<String> choices, Random random, int times)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        String page = send(http, HttpRequest.newBuilder(URI.create(votePath)).GET(), 200);
        String csrf = first(CSRF, page);
        send(http, form(votePath, Map.of("_csrf", List.of(csrf), "code", List.of(code))), 302);
        List<Double> millis = new ArrayList<>();
        String receipt = null;
        for (int i = 0; i < times; i++) {
            List<String> ticked = new ArrayList<>(choices);
            Collections.shuffle(ticked, random);
            ticked = ticked.subList(0, 1 + random.nextInt(ticked.size()));
            long start = System.nanoTime();
            send(http, form(votePath + "/ballot", Map.of("_csrf", List.of(csrf), "choice", ticked)), 302);
            millis.add((System.nanoTime() - start) / 1e6);
            receipt = first(RECEIPT, send(http, HttpRequest.newBuilder(URI.create(votePath + "/receipt")).GET(),
                    200));
        }
        return new Voted(receipt, millis, times);
    }

    private static HttpRequest.Builder form(String url, Map<String, List<String>> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(request.build().uri().getPath() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("Not found on the page: " + pattern);
        }
        return m.group(1);
    }
}
