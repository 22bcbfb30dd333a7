package org.tandem.commissions;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The phase checklists from NEF's Table 4 and procurement checklist, ticked off as the work is done. */
class ChecklistTest extends IntegrationTest {

    @Test
    void everyPhaseShowsItsChecklistFromTheGuide() throws Exception {
        mvc.perform(get(demo.councilPath() + "/commissions/" + demo.youthCommission()).with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Asset mapping to find informal provision")))
                .andExpect(content().string(containsString("Co-producing commissioning (NEF, Table 4)")))
                .andExpect(content().string(containsString("Procurement checklist before going out to tender (NEF)")))
                .andExpect(content().string(containsString("Insight: 3 of 6 done")))
                .andExpect(content().string(containsString("Break points set to revisit")));
    }

    @Test
    void theOfficerTicksAnItemWithANoteAndCanUntickIt() throws Exception {
        UUID id = CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER), "Ticks " + UUID.randomUUID());
        String path = demo.councilPath() + "/commissions/" + id;
        mvc.perform(post(path + "/checklist/asset-mapping").with(csrf()).with(as(Demo.OFFICER))
                        .param("done", "true").param("note", "Mapped with Young Voices in May"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Insight: 1 of 6 done")))
                .andExpect(content().string(containsString("Mapped with Young Voices in May")));
        mvc.perform(post(path + "/checklist/asset-mapping").with(csrf()).with(as(Demo.OFFICER)).param("done", "false"));
        mvc.perform(get(path).with(as(Demo.OFFICER))).andExpect(content().string(containsString("Insight: 0 of 6 done")));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_id = ? and action like 'commission.checklist-%'")
                .param(id.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void unknownItemsLongNotesAndTheWrongPeopleAreRefused() throws Exception {
        UUID id = CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER), "Refusals " + UUID.randomUUID());
        String path = demo.councilPath() + "/commissions/" + id;
        mvc.perform(post(path + "/checklist/make-tea").with(csrf()).with(as(Demo.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/checklist/asset-mapping").with(csrf()).with(as(Demo.OFFICER)).param("note", "n".repeat(1001)))
                .andExpect(content().string(containsString("Note must be 1000 characters or fewer")));
        mvc.perform(post(path + "/checklist/asset-mapping").with(csrf()).with(as(Demo.CITIZEN))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from commission_checklist_tick where commission_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }
}
