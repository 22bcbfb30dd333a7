package org.tandem.commissions;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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

/** A commission moves Insight → Planning → Delivery → Review one phase at a time; moving back needs a commissioner and a reason. */
class MovingThroughTheCycleTest extends IntegrationTest {

    private UUID commission;
    private String path;

    @BeforeEach
    void startACommission() throws Exception {
        commission = CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER),
                "Cycle test " + UUID.randomUUID());
        path = demo.councilPath() + "/commissions/" + commission;
    }

    @Test
    void aNewCommissionStartsInInsightWithItsStartRecorded() throws Exception {
        assertThat(phase()).isEqualTo("INSIGHT");
        mvc.perform(get(path).with(as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Started in Insight")))
                .andExpect(content().string(containsString("Current phase")));
    }

    @Test
    void theOfficerMovesItOnOnePhaseAtATime() throws Exception {
        move(Demo.OFFICER, "PLANNING", null).andExpect(status().is3xxRedirection());
        assertThat(phase()).isEqualTo("PLANNING");
        move(Demo.OFFICER, "REVIEW", null).andExpect(content().string(containsString("moves one phase at a time")));
        assertThat(phase()).isEqualTo("PLANNING");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'commission.phase-changed' and entity_id = ?")
                .param(commission.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyACommissionerMovesItBackAndMustSayWhy() throws Exception {
        move(Demo.OFFICER, "PLANNING", null);
        move(Demo.OFFICER, "INSIGHT", "Officer wants to go back")
                .andExpect(content().string(containsString("Only a commissioner can move a commission back")));
        move(Demo.COMMISSIONER, "INSIGHT", "  ")
                .andExpect(content().string(containsString("Enter why the commission is moving back to Insight")));
        assertThat(phase()).isEqualTo("PLANNING");

        move(Demo.COMMISSIONER, "INSIGHT", "Young people asked for a second round of workshops")
                .andExpect(status().is3xxRedirection());
        assertThat(phase()).isEqualTo("INSIGHT");
        mvc.perform(get(path).with(as(Demo.SCRUTINY)))
                .andExpect(content().string(containsString("Moved back from Planning to Insight")))
                .andExpect(content().string(containsString("Young people asked for a second round of workshops")));
    }

    @Test
    void aStalePageCannotMoveTheCommission() throws Exception {
        int version = version();
        move(Demo.OFFICER, "PLANNING", null);
        mvc.perform(post(path + "/phase").with(csrf()).with(as(Demo.COMMISSIONER))
                        .param("to", "DELIVERY").param("version", Integer.toString(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this commission")));
        assertThat(phase()).isEqualTo("PLANNING");
    }

    @Test
    void theLastPhaseIsReview() throws Exception {
        move(Demo.OFFICER, "PLANNING", null);
        move(Demo.OFFICER, "DELIVERY", null);
        move(Demo.OFFICER, "REVIEW", null);
        assertThat(phase()).isEqualTo("REVIEW");
        mvc.perform(get(path).with(as(Demo.OFFICER))).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("Move on to"))));
    }

    @Test
    void peopleWhoMayNotMoveItAreRefused() throws Exception {
        move(Demo.CITIZEN, "PLANNING", null).andExpect(status().isForbidden());
        move(Demo.FINANCE, "PLANNING", null).andExpect(status().isForbidden());
        // The NHS board is a partner: it sees the commission under its own organisation, but the council leads it.
        String partnerPath = "/o/" + demo.organisation(Demo.ICB) + "/commissions/" + commission;
        mvc.perform(get(partnerPath).with(as(Demo.PARTNER))).andExpect(status().isNotFound());
        // Riverside is not involved at all.
        String riverside = "/o/" + demo.organisation(Demo.RIVERSIDE) + "/commissions/" + commission;
        mvc.perform(post(riverside + "/phase").with(csrf()).with(as(Demo.PROVIDER))
                .param("to", "PLANNING").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post(path + "/phase").with(csrf()).with(as(Demo.PROVIDER))
                .param("to", "PLANNING").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post(path + "/phase").with(as(Demo.OFFICER)).param("to", "PLANNING")
                .param("version", Integer.toString(version()))).andExpect(status().isForbidden());
        assertThat(phase()).isEqualTo("INSIGHT");
    }

    @Test
    void aPartnerSeesTheCommissionButCannotChangeIt() throws Exception {
        UUID icb = demo.organisation(Demo.ICB);
        UUID shared = jdbc.sql("select commission_id from commission_partner where organisation_id = ? and commission_id = ?")
                .params(icb, demo.youthCommission()).query(UUID.class).single();
        String partnerPath = "/o/" + icb + "/commissions/" + shared;
        mvc.perform(get(partnerPath).with(as(Demo.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Demo.YOUTH_COMMISSION)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Move on to"))));
        int version = jdbc.sql("select version from commission where id = ?").param(shared).query(Integer.class).single();
        mvc.perform(post(partnerPath + "/phase").with(csrf()).with(as(Demo.PARTNER)).param("to", "PLANNING")
                        .param("version", Integer.toString(version)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select phase from commission where id = ?").param(shared).query(String.class).single())
                .isEqualTo("INSIGHT");
    }

    private org.springframework.test.web.servlet.ResultActions move(String who, String to, String reason)
            throws Exception {
        var request = post(path + "/phase").with(csrf()).with(as(who)).param("to", to)
                .param("version", Integer.toString(version()));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request);
    }

    private String phase() {
        return jdbc.sql("select phase from commission where id = ?").param(commission).query(String.class).single();
    }

    private int version() {
        return jdbc.sql("select version from commission where id = ?").param(commission).query(Integer.class).single();
    }
}
