package org.tandem.outcomes.contributions;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.contributions.internal.Contributing.Target;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Measures the contributions pages of a busy draft: 40 outcomes made from contributions, 1,000 contributions in all
 * (200 more merged into those outcomes, 100 comments), 300 endorsements. Prints server times for
 * docs/performance.md; it asserts only that each page answered, not how fast, because machines differ.
 */
class ContributionsPerformanceTest extends ContributionsTest {

    private static final int OUTCOMES = 40;
    private static final int MERGED = 200;
    private static final int OPEN = 660;
    private static final int COMMENTS = 100;
    private static final int ENDORSEMENTS = 300;
    private static final int RUNS = 30;

    @Test
    void pagesOfADraftWithAThousandContributions() throws Exception {
        openFramework();
        long loading = System.nanoTime();
        List<OutcomeView> outcomes = new ArrayList<>();
        for (int i = 0; i < OUTCOMES; i++) {
            Contribution c = suggestion("Outcome in our words number " + i);
            decisions.mergeIntoNew(actor(commissioner), council, c.id(), c.version(), null, null, null);
        }
        outcomes.addAll(frameworks.outcomes(council, draft));
        for (int i = 0; i < MERGED; i++) {
            Contribution c = suggestion("Shaping words " + i);
            decisions.mergeIntoExisting(actor(commissioner), council, c.id(), c.version(),
                    outcomes.get(i % OUTCOMES).id(), null);
        }
        List<Contribution> open = new ArrayList<>();
        for (int i = 0; i < OPEN; i++) {
            open.add(suggestion("An idea still to decide on, number " + i));
        }
        for (int i = 0; i < COMMENTS; i++) {
            contributing.comment(actor(panel), council, draft, Target.outcome(outcomes.get(i % OUTCOMES).id()),
                    "A comment " + i, ParticipantKind.COMMUNITY_MEMBER);
        }
        ContributionCall call = openPublicly();
        for (int i = 0; i < ENDORSEMENTS; i++) {
            contributing.endorsePublicly(call.publicToken(), "browser-" + (i / 30), Target.contribution(
                    open.get(i % OPEN).id()));
        }
        double loadSeconds = (System.nanoTime() - loading) / 1e9;

        String version = "/o/" + council + "/outcomes/" + framework.id() + "/versions/1";
        String api = "/api/v1/organisations/" + council + "/outcomes-frameworks/" + framework.id() + "/versions/1";
        assertThat(mvc.perform(get(base()).with(as(commissioner))).andReturn().getResponse().getContentAsString())
                .contains("Showing 1 to 25 of " + (OUTCOMES + MERGED + OPEN));
        report("contributions page (25 suggestions a page)", base(), loadSeconds);
        report("version page (with trail links and guidance)", version, loadSeconds);
        report("an outcome's trail page", base() + "/outcomes/" + outcomes.getFirst().id(), loadSeconds);
        report("API list of contributions", api + "/contributions", loadSeconds);
        report("public page", "/public/contribute/" + call.publicToken(), loadSeconds);
    }

    private void report(String what, String path, double loadSeconds) throws Exception {
        for (int i = 0; i < 5; i++) {
            fetch(path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            fetch(path);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "CONTRIBUTIONS on %s (%d contributions loaded in %.1f s): %s p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms; load average %.1f on %d cores%n",
                System.getProperty("tandem.test.db", "h2"), OUTCOMES + MERGED + OPEN + COMMENTS, loadSeconds, what,
                millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.getLast(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private void fetch(String path) throws Exception {
        var request = get(path);
        if (!path.startsWith("/public/")) {
            request.with(as(commissioner));
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
    }
}
