package org.tandem.insight.quality;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The quality assessment pages as people use them: what they show, and how they refuse bad input. */
class QualityPagesTest extends QualityTest {

    @Test
    void theDemoReviewReadsAsTheStoryTellsIt() throws Exception {
        UUID round = jdbc.sql("select id from quality_round where title = ?").param(DemoQualityReview.TITLE)
                .query(UUID.class).single();
        String base = demo.councilPath() + "/commissions/" + demo.youthCommission() + "/quality-rounds";
        assertThat(page(base, Demo.COMMISSIONER)).contains(DemoQualityReview.TITLE).contains("Results shared");
        String show = page(base + "/" + round, Demo.COMMISSIONER);
        assertThat(show).contains("Feeling welcome").contains("Street sport sessions").contains("Jordan Reid")
                .contains("Results and decisions");
        String results = page(base + "/" + round + "/results", Demo.COMMISSIONER);
        assertThat(results).contains("Overridden").contains("Thank you to the young assessors")
                .contains("Any red area makes the service red");
        assertThat(page(base + "/new", Demo.OFFICER)).contains("Set up an assessment round");
        assertThat(page(demo.councilPath() + "/quality-visits", Demo.CITIZEN)).contains("Street sport sessions");
        assertThat(page("/o/" + demo.organisation(Demo.RIVERSIDE) + "/quality-results", Demo.PROVIDER))
                .contains("Detached youth work on the estates").doesNotContain("Street sport");
        UUID toDo = jdbc.sql("select v.id from quality_visit v where v.round_id = ? and v.status = 'TO_DO'")
                .param(round).query(UUID.class).single();
        assertThat(page(base + "/" + round + "/visits/" + toDo, Demo.CITIZEN)).contains("Submit the visit")
                .contains("Staff say hello, learn our names");
        UUID counselling = jdbc.sql("select id from funded_service where name = ?")
                .param(DemoStoryServices.COUNSELLING).query(UUID.class).single();
        assertThat(page(base + "/" + round + "/results/" + counselling + "/decision", Demo.COMMISSIONER))
                .contains("Record the decision");
        UUID detachedDecision = jdbc.sql("""
                        select d.id from quality_decision d join funded_service s on s.id = d.service_id
                        where d.round_id = ? and s.name = ?""")
                .params(round, DemoStoryServices.DETACHED).query(UUID.class).single();
        assertThat(page("/o/" + demo.organisation(Demo.RIVERSIDE) + "/quality-results/" + detachedDecision,
                Demo.PROVIDER)).contains("Decision: Amber").contains("Thank you to the young assessors")
                .doesNotContain("Jordan").doesNotContain("Maya");
        mvc.perform(get(base + "/" + round + "/report.pdf").with(as(Demo.OFFICER))).andExpect(status().isOk());
        mvc.perform(get(base + "/" + round + "/report.xlsx").with(as(Demo.OFFICER))).andExpect(status().isOk());
    }

    private String page(String path, String who) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }
}
