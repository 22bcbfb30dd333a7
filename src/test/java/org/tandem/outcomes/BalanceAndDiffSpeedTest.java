package org.tandem.outcomes;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.internal.ReviewGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The numbers: a framework of 40 outcomes and 240 indicators, agreed, then redrafted with a quarter of it
 * changed. Prints the server time of the balance view and of the diff between the two versions, as pages and as API
 * answers (median, 95th percentile and slowest of 20, after warming up). Measured, not asserted: the targets are in
 * docs/performance.md.
 */
class BalanceAndDiffSpeedTest extends OutcomesTest {

    private static final int OUTCOMES = 40;
    private static final int INDICATORS_EACH = 6;
    private static final int RUNS = 20;

    @Test
    void balanceAndDiffOfFortyOutcomesAndTwoHundredFortyIndicators() throws Exception {
        newCouncilAndCommission();
        FrameworkView framework = start();
        UUID first = framework.latest().id();
        long building = System.nanoTime();
        WellbeingElement[] elements = WellbeingElement.values();
        WayToWellbeing[] ways = WayToWellbeing.values();
        for (int i = 0; i < OUTCOMES; i++) {
            OutcomeView outcome = editing.add(actor(commissioner), council, first, new OutcomeDraft(
                    "Outcome " + i + " in young people's words", "Outcome " + i + " as professionals write it",
                    i % 4 == 0 ? OutcomeLevel.COMMUNITY : OutcomeLevel.SERVICE, ValueType.values()[i % 3],
                    elements[i % elements.length], Set.of(ways[i % ways.length], ways[(i + 2) % ways.length]),
                    Set.of(BottomLine.values()[i % 3]), PreventionLevel.values()[i % 3],
                    InterventionPathway.values()[i % 4], Set.of(ParticipantKind.PERSON_USING_SERVICES)));
            for (int j = 0; j < INDICATORS_EACH; j++) {
                editing.addIndicator(council, first, outcome.id(), indicator("Indicator " + i + "." + j,
                        IndicatorKind.values()[j % 3]));
            }
        }
        double buildSeconds = (System.nanoTime() - building) / 1e9;
        ReviewGroup group = group();
        reviews.send(actor(commissioner), council, framework.id(), 1, group.id());
        reviews.decide(actor(citizen), council, framework.id(), 1, ReviewDecision.AGREE, null);
        reviews.decide(actor(panel), council, framework.id(), 1, ReviewDecision.AGREE, null);
        UUID second = frameworks.newDraft(actor(commissioner), council, framework.id(), null).id();
        List<OutcomeView> copied = editing.outcomesOf(council, second);
        for (int i = 0; i < 10; i++) {
            OutcomeView o = copied.get(i * 4);
            OutcomeDraft d = o.details();
            editing.update(council, second, o.id(), o.version(), new OutcomeDraft(d.ownWords() + ", reworded",
                    d.professionalWording(), d.level(), d.valueType(), d.wellbeingElement(), d.fiveWays(),
                    d.bottomLines(), PreventionLevel.UPSTREAM, d.pathway(), d.shapedBy()));
            IndicatorView first0 = o.indicators().getFirst();
            IndicatorDraft id = first0.details();
            editing.updateIndicator(council, second, first0.id(), first0.version(), new IndicatorDraft(id.name(),
                    id.definition(), id.unit(), id.direction(), id.baseline(), new BigDecimal("75"), id.dataSource(),
                    id.frequency(), id.kind(), id.method()));
        }
        editing.delete(council, second, copied.get(1).id());
        editing.delete(council, second, copied.get(2).id());
        editing.add(actor(commissioner), council, second, outcome("A new outcome after peer research"));

        String pages = "/o/" + council + "/outcomes/" + framework.id();
        String api = "/api/v1/organisations/" + council + "/outcomes-frameworks/" + framework.id();
        String db = System.getProperty("tandem.test.db", "h2");
        List<String> paths = List.of(pages + "/versions/2/balance", pages + "/compare?from=1&to=2",
                api + "/versions/2/balance", api + "/diff?from=1&to=2");
        // Warm every path up first, so the first one measured does not pay for the JIT compiling what all share.
        for (int i = 0; i < 10; i++) {
            for (String path : paths) {
                assertThat(mvc.perform(get(path).with(as(panel))).andReturn().getResponse().getStatus())
                        .isEqualTo(200);
            }
        }
        report(db, "balance page", pages + "/versions/2/balance");
        report(db, "comparison page (diff and balance side by side)", pages + "/compare?from=1&to=2");
        report(db, "balance API", api + "/versions/2/balance");
        report(db, "diff API", api + "/diff?from=1&to=2");
        System.out.printf(Locale.ROOT, "OUTCOMES FRAMEWORK on %s: %d outcomes and %d indicators built through the "
                        + "services in %.1f s; load average %.1f on %d cores%n", db, OUTCOMES,
                OUTCOMES * INDICATORS_EACH, buildSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private void report(String db, String what, String path) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            var response = mvc.perform(get(path).with(as(panel))).andReturn().getResponse();
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(response.getStatus()).isEqualTo(200);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "OUTCOMES FRAMEWORK on %s: %s, 40 outcomes and 240 indicators: median %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms%n", db, what, millis.get(RUNS / 2),
                millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.getLast());
    }
}
