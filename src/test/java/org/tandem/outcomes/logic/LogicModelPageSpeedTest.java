package org.tandem.outcomes.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.outcomes.PlanningTest;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.support.Demo;
import org.tandem.support.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The part's number: a logic model with 24 steps and 30 links, its page (diagram and list) rendered in the server
 * many times, with the median and slowest printed for docs/performance.md. Not a timed assertion.
 */
class LogicModelPageSpeedTest extends PlanningTest {

    private static final int RENDERS = 40;

    @Autowired
    private LogicModelService models;

    @Test
    void aModelWithThirtyLinksRendersItsDiagramAndList() throws Exception {
        UUID commission = newCommission(demo.council());
        Actor tom = new Actor(demo.person(Demo.OFFICER), "Tom Okafor");
        UUID council = demo.council();
        UUID model = models.createAs(tom, council, commission, new ModelDraft("Thirty links", null,
                LogicSubject.PLANNED_SERVICE, null, null, "A large planned service")).id();
        List<List<UUID>> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<UUID> column = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                column.add(models.addStepAs(tom, council, commission, model, new StepDraft(stage,
                        stage.singular() + " " + i + " with a few more words so that it wraps onto two lines")).id());
            }
            columns.add(column);
        }
        int links = 0;
        for (int stage = 0; stage < 3; stage++) {
            for (int i = 0; i < 10; i++) {
                models.addLinkAs(tom, council, commission, model, new org.tandem.outcomes.logic.LinkDraft(
                        columns.get(stage).get(i % 6), columns.get(stage + 1).get((i + i / 6) % 6),
                        "Assumption " + (++links), null, "Evidence for link " + links));
            }
        }
        long[] model30 = renders(pagePath(commission) + "/logic-models/" + model, "joined by 30 numbered links");
        // The same layout with almost nothing in it, for comparison on a machine that is busy or not.
        long[] empty = renders(pagePath(commission) + "/quality-characteristics", "No quality characteristics yet");
        String db = TestInfrastructure.onPostgres() ? "PostgreSQL" : "H2";
        System.out.printf("Logic model page on %s, 24 steps and 30 links: median %d ms, 90th percentile %d ms, "
                + "slowest %d ms over %d renders%n", db, model30[RENDERS / 2], model30[RENDERS * 9 / 10],
                model30[RENDERS - 1], RENDERS);
        System.out.printf("An empty quality characteristics page on %s for comparison: median %d ms, 90th "
                + "percentile %d ms%n", db, empty[RENDERS / 2], empty[RENDERS * 9 / 10]);
    }

    /** Server times of {@link #RENDERS} renders after five to warm up, sorted, each page checked for its words. */
    private long[] renders(String path, String words) throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get(path).with(as(Demo.OFFICER))).andExpect(status().isOk());
        }
        long[] millis = new long[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            long started = System.nanoTime();
            String page = mvc.perform(get(path).with(as(Demo.OFFICER))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            assertThat(page).contains(words);
        }
        Arrays.sort(millis);
        return millis;
    }
}
