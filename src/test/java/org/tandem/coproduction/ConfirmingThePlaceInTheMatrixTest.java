package org.tandem.coproduction;

import org.junit.jupiter.api.Test;
import org.tandem.platform.Role;
import org.tandem.support.Demo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tandem.coproduction.Activities.activity;

/** The matrix on the co-production page, and the commissioner's page for confirming or changing it. */
class ConfirmingThePlaceInTheMatrixTest extends CoProductionTest {

    @Test
    void aCommissionerConfirmsOrOverridesWithAReasonAndEveryoneSeesBoth() throws Exception {
        newCouncilAndCommission();
        record(activity().serving(CoProductionMode.CO_DESIGN).at(LadderRung.CO_DESIGNING));
        String commissioner = newPerson("Priya Test", council, Role.COMMISSIONER);
        String officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        String base = ActivityFormSteps.path(council, commission);

        mvc.perform(get(base + "/matrix").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/matrix").with(csrf()).with(as(officer)).param("model", "TRADITIONAL"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/matrix").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Paternalistic or managerialist service delivery with user involvement in planning"
                                + " (what the records show)")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex(
                        "(?s).*value=\"USER_INVOLVEMENT_IN_PLANNING\"[^>]*checked=\"checked\".*")));
        mvc.perform(get(base).with(as(officer)))
                .andExpect(content().string(containsString("Not yet confirmed by a commissioner")))
                .andExpect(content().string(not(containsString("Confirm or change"))));

        mvc.perform(post(base + "/matrix").with(csrf()).with(as(commissioner)).param("model", "SELF_ORGANISING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString(
                        "Enter why the commission belongs in Self-organising or self-help models of service"
                                + " production")))
                .andExpect(content().string(containsString("href=\"#reason\"")));
        mvc.perform(post(base + "/matrix").with(csrf()).with(as(commissioner)).param("model", "NOWHERE"))
                .andExpect(content().string(containsString("Select the commission&#39;s place in the matrix")));

        mvc.perform(post(base + "/matrix").with(csrf()).with(as(commissioner)).param("model", "SELF_ORGANISING")
                        .param("reason", "<b>Young people</b> run the club themselves"))
                .andExpect(redirectedUrl(base + "#matrix"));
        mvc.perform(get(base).with(as(officer)))
                .andExpect(content().string(containsString(
                        "Placed in Self-organising or self-help models of service production by Priya Test")))
                .andExpect(content().string(containsString("where the records showed Paternalistic")))
                .andExpect(content().string(containsString("&lt;b&gt;Young people&lt;/b&gt; run the club")));

        mvc.perform(post(base + "/matrix").with(csrf()).with(as(commissioner))
                        .param("model", "USER_INVOLVEMENT_IN_PLANNING"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(as(officer)))
                .andExpect(content().string(containsString("Confirmed by Priya Test on ")));
    }

    @Test
    void theDemoPageShowsTheMatrixTheWarningAndWhatIsMissing() throws Exception {
        mvc.perform(get(ActivityFormSteps.path(demo.council(), demo.youthCommission())).with(as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The same few people are taking part in most activities")))
                .andExpect(content().string(containsString("Jordan Reid (9 of 11)")))
                .andExpect(content().string(containsString("Maya Collins (9 of 11)")))
                .andExpect(content().string(containsString("3 of 4 Co&#39;s covered")))
                .andExpect(content().string(containsString("Missing")))
                .andExpect(content().string(containsString("Intermediate")))
                .andExpect(content().string(containsString("What the records show")))
                .andExpect(content().string(containsString("Activities each quarter, by stretch of the ladder")))
                .andExpect(content().string(containsString("Record an activity")));
        mvc.perform(get(demo.councilPath() + "/commissions/" + demo.youthCommission()).with(as(Demo.SCRUTINY)))
                .andExpect(content().string(containsString("Co-production record")))
                .andExpect(content().string(containsString("11 activities so far")));
    }
}
