package org.tandem.outcomes.demand;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.outcomes.PlanningTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Public Value demand view on its pages: of a need's politically recognised level, what behaviour change and
 * co-production meet and so what must be commissioned, worked out exactly, never more parts than the whole, with
 * the political sign-off whole or absent and audited.
 */
class PublicValueDemandTest extends PlanningTest {

    private UUID commission;
    private UUID need;
    private String page;

    @BeforeEach
    void ownNeed() {
        commission = newCommission(demo.council());
        need = need(commission, "Somewhere safe to go in the evenings");
        page = pagePath(commission) + "/demand/" + need;
    }

    @Test
    void theDemoViewShowsWhatMustBeCommissionedAsABarWithItsTable() throws Exception {
        UUID evenings = jdbc.sql("select id from need where commission_id = ? and title = ?")
                .params(demo.youthCommission(), DemoDemand.NEED).query(UUID.class).single();
        mvc.perform(get(pagePath(demo.youthCommission()) + "/demand/" + evenings).with(as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("900 people (64%)")))
                .andExpect(content().string(containsString("1,400 people")))
                .andExpect(content().string(containsString("Cllr Amira Hussain")))
                .andExpect(content().string(containsString("18 November 2026")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("How the recognised need will be met: the figures")))
                .andExpect(content().string(not(containsString("Change the demand view"))));
        mvc.perform(get(pagePath(demo.youthCommission()) + "/demand").with(as(Demo.SCRUTINY)))
                .andExpect(content().string(containsString("900 people")))
                .andExpect(content().string(containsString("Signed off")))
                .andExpect(content().string(containsString("No demand view yet")));
    }

    @Test
    void anOfficerWritesAViewInPoundsAndPenceAndTheRestIsExact() throws Exception {
        mvc.perform(save("POUNDS", "£120,000.10", "0.05", "19999.95").with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("£100,000.10")))
                .andExpect(content().string(containsString("Not signed off yet")));
        UUID view = jdbc.sql("select id from demand_view where need_id = ?").param(need).query(UUID.class).single();
        assertThat(auditEvents("outcomes.demand-recorded", view)).isEqualTo(1);
        assertThat(auditEvents("outcomes.demand-signed-off", view)).isZero();
    }

    @Test
    void partsMayNotExceedTheWholeAndNothingIsSavedOnAMistake() throws Exception {
        mvc.perform(save("PEOPLE", "1000", "600", "401").with(as(Demo.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Behaviour change and co-production together (1,001 "
                        + "people) cannot meet more than the recognised level of need (1,000 people)")));
        mvc.perform(save("PEOPLE", "12.5", "-1", "lots").with(as(Demo.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a whole number of people")))
                .andExpect(content().string(containsString("What behaviour change meets cannot be less than 0")))
                .andExpect(content().string(containsString("Enter a number, like 1200 or 45000.50")));
        mvc.perform(save("PEOPLE", "1" + "0".repeat(13), "0", "0").with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("must be 1,000,000,000,000 or less")));
        mvc.perform(save("ROBOTS", "10", "0", "0").with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Select what the level of need counts")));
        mvc.perform(save("PEOPLE", "10", "0", "0").param("signedOffBy", "Cllr Hussain").with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Enter the body or meeting that signed it off")))
                .andExpect(content().string(containsString("Enter the date of the sign-off")));
        mvc.perform(signedOff(save("PEOPLE", "10", "0", "0"), "1", "1", "2099").with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("The date of the sign-off must be today or in the past")));
        mvc.perform(signedOff(save("PEOPLE", "10", "0", "0"), "30", "2", "2026").with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("The date of the sign-off must be a real date")));
        assertThat(rows("demand_view", commission)).isZero();
    }

    @Test
    void theSignOffIsRecordedAndAuditedAndHostileWordsStayText() throws Exception {
        mvc.perform(signedOff(save("PEOPLE", "1400", "150", "350"), "18", "11", "2026")
                        .param("basis", "<script>alert('x')</script>").with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("900 people")))
                .andExpect(content().string(containsString("Cllr Amira Hussain, Cabinet, 18 November 2026")))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        UUID view = jdbc.sql("select id from demand_view where need_id = ?").param(need).query(UUID.class).single();
        assertThat(auditEvents("outcomes.demand-signed-off", view)).isEqualTo(1);
        mvc.perform(signedOff(save("PEOPLE", "1400", "150", "300"), "18", "11", "2026").param("version", "0")
                        .with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        assertThat(auditEvents("outcomes.demand-changed", view)).isEqualTo(1);
        assertThat(auditEvents("outcomes.demand-signed-off", view)).as("the same sign-off is not audited twice")
                .isEqualTo(1);
        mvc.perform(save("PEOPLE", "1400", "0", "0").param("version", "0").with(as(Demo.OFFICER)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this demand view")));
        mvc.perform(post(page + "/remove").with(csrf()).with(as(Demo.OFFICER))).andExpect(status().is3xxRedirection());
        assertThat(rows("demand_view", commission)).isZero();
        assertThat(auditEvents("outcomes.demand-removed", view)).isEqualTo(1);
    }

    @Test
    void onlyTheLeadsCommissionersAndOfficersWriteAndOtherOrganisationsSeeNothing() throws Exception {
        mvc.perform(save("PEOPLE", "10", "0", "0").with(as(Demo.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(get(page + "/edit").with(as(Demo.FINANCE))).andExpect(status().isForbidden());
        String outsider = newPerson(newOrganisation(org.tandem.platform.OrganisationKind.COMMISSIONING_BODY),
                org.tandem.platform.Role.COMMISSIONER);
        mvc.perform(get(page).with(as(outsider))).andExpect(status().isNotFound());
        UUID otherCommission = newCommission(demo.council());
        mvc.perform(get(pagePath(otherCommission) + "/demand/" + need).with(as(Demo.OFFICER)))
                .andExpect(status().isNotFound());
        assertThat(rows("demand_view", commission)).isZero();
    }

    private MockHttpServletRequestBuilder save(String measure, String recognised, String behaviour,
                                               String coProduction) {
        return post(page).param("measure", measure).param("recognised", recognised)
                .param("behaviourChange", behaviour).param("coProduction", coProduction).with(csrf());
    }

    private static MockHttpServletRequestBuilder signedOff(MockHttpServletRequestBuilder request, String day,
                                                           String month, String year) {
        return request.param("signedOffBy", "Cllr Amira Hussain").param("signedOffAtBody", "Cabinet")
                .param("signedOffOnDay", day).param("signedOffOnMonth", month).param("signedOffOnYear", year);
    }
}
