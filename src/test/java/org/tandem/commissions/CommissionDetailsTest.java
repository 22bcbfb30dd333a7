package org.tandem.commissions;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Starting and changing a commission: every mistake is explained next to its field and nothing is saved. */
class CommissionDetailsTest extends IntegrationTest {

    @Test
    void aCommissionerStartsACommissionAndItIsAudited() throws Exception {
        String title = "Carers' breaks " + UUID.randomUUID();
        UUID id = CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER), title);
        mvc.perform(get(demo.councilPath() + "/commissions/" + id).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString(title.replace("'", "&#39;"))))
                .andExpect(content().string(containsString("£250,000.00")))
                .andExpect(content().string(containsString("1 April 2027 to 31 March 2029")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'commission.created' and entity_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void mistakesAreExplainedFieldByField() throws Exception {
        long before = count();
        mvc.perform(post(demo.councilPath() + "/commissions").with(csrf()).with(as(Demo.COMMISSIONER))
                        .param("title", "").param("budget", "-5").param("serviceArea", "SPACE_TRAVEL")
                        .param("startDay", "30").param("startMonth", "2").param("startYear", "2027")
                        .param("endMonth", "3").param("endYear", "2029"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Start a commission")))
                .andExpect(content().string(containsString("Enter a title for the commission")))
                .andExpect(content().string(containsString("Budget cannot be less than £0")))
                .andExpect(content().string(containsString("Select the service area")))
                .andExpect(content().string(containsString("Select the level of commissioning")))
                .andExpect(content().string(containsString("Start date must be a real date")))
                .andExpect(content().string(containsString("End date must include a day")))
                .andExpect(content().string(containsString("href=\"#budget\"")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theEndCannotComeBeforeTheStartAndBudgetsHaveLimits() throws Exception {
        long before = count();
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Backwards " + UUID.randomUUID(),
                        Map.of("endYear", "2026", "budget", "1,000,000,000,000")).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("End date must be the same as or after the start date")))
                .andExpect(content().string(containsString("Budget must be less than £1,000,000,000,000")));
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Fractions " + UUID.randomUUID(),
                        Map.of("budget", "10.555")).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Budget must be an amount of money")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void hostileTextIsStoredAsTextAndShownHarmlessly() throws Exception {
        String script = "<script>alert('x')</script> " + UUID.randomUUID();
        String sql = "Robert'); DROP TABLE commission;-- " + UUID.randomUUID();
        UUID scripted = CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER), script);
        UUID injected = CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER), sql);
        mvc.perform(get(demo.councilPath() + "/commissions/" + scripted).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
        assertThat(jdbc.sql("select title from commission where id = ?").param(injected).query(String.class).single())
                .isEqualTo(sql);
        long before = count();
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "x".repeat(10_000)).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Title must be 200 characters or fewer")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void partnersMustBeOtherCommissioners() throws Exception {
        long before = count();
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Provider partner " + UUID.randomUUID())
                        .with(as(Demo.COMMISSIONER)).param("partnerIds", demo.organisation(Demo.RIVERSIDE).toString()))
                .andExpect(content().string(containsString("Partners must be other commissioning bodies or partnerships")));
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Self partner " + UUID.randomUUID())
                        .with(as(Demo.COMMISSIONER)).param("partnerIds", demo.council().toString()))
                .andExpect(content().string(containsString("Partners must be other commissioning bodies or partnerships")));
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Junk partner " + UUID.randomUUID())
                        .with(as(Demo.COMMISSIONER)).param("partnerIds", "' or 1=1 --"))
                .andExpect(content().string(containsString("Select partners from the list")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyCommissionersStartCommissions() throws Exception {
        long before = count();
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Officer " + UUID.randomUUID()).with(as(Demo.OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Citizen " + UUID.randomUUID()).with(as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Outsider " + UUID.randomUUID()).with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        mvc.perform(post(demo.councilPath() + "/commissions").with(as(Demo.COMMISSIONER)).param("title", "No CSRF"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void twoPeopleEditingAtOnceDoNotOverwriteEachOther() throws Exception {
        UUID id = CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER), "Edited " + UUID.randomUUID());
        String path = demo.councilPath() + "/commissions/" + id;
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "First save").with(as(Demo.OFFICER))
                        .with(request -> {
                            request.setRequestURI(path);
                            return request;
                        })
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(CommissionSteps.startForm(demo.councilPath(), "Second save from a stale page")
                        .with(as(Demo.COMMISSIONER))
                        .with(request -> {
                            request.setRequestURI(path);
                            return request;
                        })
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this commission")))
                .andExpect(content().string(containsString("Second save from a stale page")));
        assertThat(jdbc.sql("select title from commission where id = ?").param(id).query(String.class).single())
                .isEqualTo("First save");
    }

    @Test
    void theListFindsCommissionsByTextAndPhase() throws Exception {
        String unique = "Findable " + UUID.randomUUID();
        CommissionSteps.start(mvc, demo.councilPath(), as(Demo.COMMISSIONER), unique);
        mvc.perform(get(demo.councilPath() + "/commissions").param("q", unique.substring(9, 30)).with(as(Demo.PANEL)))
                .andExpect(content().string(containsString(unique)))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 commissions")));
        mvc.perform(get(demo.councilPath() + "/commissions").param("q", unique).param("phase", "REVIEW")
                        .with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("No commissions match")));
        mvc.perform(get(demo.councilPath() + "/commissions").param("sort", "'; drop table commission; --")
                        .param("page", "-3").with(as(Demo.PANEL)))
                .andExpect(status().isOk());
        mvc.perform(get(demo.councilPath() + "/commissions").param("q", "100%_\u0000' or 1=1 --").with(as(Demo.PANEL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No commissions match")));
    }

    private long count() {
        return jdbc.sql("select count(*) from commission").query(Long.class).single();
    }
}
