package org.tandem.insight.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The co-produced risk register: whose risk, benefits and disbenefits, and whether citizens accept it. */
class RiskRegisterTest extends EvidenceTest {

    @Test
    void anOfficerRecordsWhoseRiskItIsAndWhatCitizensThinkAndItIsRated() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(riskForm(commission, "Closing the youth centres", Map.of())
                        .param("bearers", "PEOPLE_USING_SERVICES", "COMMUNITIES").with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("People using services")))
                .andExpect(content().string(containsString("Communities")))
                .andExpect(content().string(containsString("Accepted on conditions")))
                .andExpect(content().string(containsString("Found out by: A deliberative workshop")))
                .andExpect(content().string(containsString("High, 16")))
                .andExpect(content().string(not(containsString("Change this risk"))));
        assertThat(auditEvents("evidence.risk-created", idOf(location))).isEqualTo(1);
    }

    @Test
    void theRegisterSortsByScoreAndFiltersByWhoseRiskViewRatingAndStatus() throws Exception {
        String base = commissionPath(demo.youthCommission()) + "/evidence/risks";
        String page = mvc.perform(get(base).with(as(Demo.PANEL))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("wait longer for counselling")).isLessThan(page.indexOf("Closing the in-house"));
        assertThat(page.indexOf("Closing the in-house")).isLessThan(page.indexOf("Girls-only sessions"));
        mvc.perform(get(base).param("bearer", "CARERS_AND_FAMILIES").with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Young assessors")))
                .andExpect(content().string(not(containsString("Girls-only sessions"))));
        mvc.perform(get(base).param("acceptance", "NOT_YET_ASKED").with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Girls-only sessions")))
                .andExpect(content().string(not(containsString("Young assessors"))));
        mvc.perform(get(base).param("rating", "HIGH").with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Showing 1 to 2 of 2 risks")));
        mvc.perform(get(base).param("status", "TAKEN").with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Young assessors")))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 risks")));
        mvc.perform(get(base).param("q", "asset transfer").param("status", "nonsense").param("sort", "DROP")
                        .with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Closing the in-house youth centres")));
    }

    @Test
    void mistakesAreExplainedAndARiskIsTakenOnPurposeOnlyOnceCitizensAcceptIt() throws Exception {
        UUID commission = newCommission(demo.council());
        mvc.perform(post(commissionPath(commission) + "/evidence/risks").with(csrf()).with(as(Demo.COMMISSIONER))
                        .param("acceptance", "DIVIDED").param("status", "TAKEN").param("likelihood", "MAYBE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a risk")))
                .andExpect(content().string(containsString("Enter the risk in a few words")))
                .andExpect(content().string(containsString("Select whose risk it is")))
                .andExpect(content().string(containsString("Enter what taking the risk could make possible")))
                .andExpect(content().string(containsString("Enter what could go wrong, and for whom")))
                .andExpect(content().string(containsString("Enter how citizens judged the risk")))
                .andExpect(content().string(containsString("Enter how you found out what citizens think")))
                .andExpect(content().string(containsString("Select how likely it is")))
                .andExpect(content().string(containsString("Select how much harm it would do")))
                .andExpect(content().string(containsString("A risk is only taken on purpose once citizens")));
        mvc.perform(riskForm(commission, "Not asked yet", Map.of("acceptance", "NOT_YET_ASKED",
                        "acceptanceReasoning", "", "acceptanceFoundBy", "")).param("bearers", "PROVIDERS")
                        .with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(riskForm(commission, "Tampered", Map.of()).param("bearers", "EVERYONE")
                        .with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Select whose risk it is from the list")));
        assertThat(risksOf(commission)).isEqualTo(1);
    }

    @Test
    void changesDoNotOverwriteSomeoneElsesAndDeletingIsAudited() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(riskForm(commission, "Assessors' safety", Map.of())
                        .param("bearers", "PEOPLE_USING_SERVICES").with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        String version = EvidenceItemsTest.versionIn(mvc.perform(get(location + "/edit").with(as(Demo.OFFICER)))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(riskForm(commission, "Assessors' safety on visits", Map.of("status", "TAKEN"))
                        .param("bearers", "PEOPLE_USING_SERVICES").param("version", version)
                        .with(r -> {
                            r.setRequestURI(location);
                            return r;
                        }).with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(riskForm(commission, "Older edit", Map.of()).param("bearers", "PROVIDERS")
                        .param("version", version).with(r -> {
                            r.setRequestURI(location);
                            return r;
                        }).with(as(Demo.OFFICER)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this risk")));
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Taken on purpose")));
        mvc.perform(post(location + "/delete").with(csrf()).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        assertThat(risksOf(commission)).isZero();
        assertThat(auditEvents("evidence.risk-updated", idOf(location))).isEqualTo(1);
        assertThat(auditEvents("evidence.risk-deleted", idOf(location))).isEqualTo(1);
    }

    @Test
    void onlyTheLeadsCommissionersAndOfficersKeepTheRegisterAndOutsidersSeeNothing() throws Exception {
        UUID youth = demo.youthCommission();
        UUID icb = demo.organisation(Demo.ICB);
        mvc.perform(get("/o/" + icb + "/commissions/" + youth + "/evidence/risks").with(as(Demo.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dr Ruth Green")))
                .andExpect(content().string(not(containsString("Add a risk</a>"))));
        mvc.perform(riskForm(youth, "Partner's risk", Map.of()).with(r -> {
                    r.setRequestURI("/o/" + icb + "/commissions/" + youth + "/evidence/risks");
                    return r;
                }).with(as(Demo.PARTNER)))
                .andExpect(status().isForbidden());
        UUID commission = newCommission(demo.council());
        mvc.perform(riskForm(commission, "Citizen's risk", Map.of()).with(as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(get(commissionPath(youth) + "/evidence/risks").with(as(Demo.PROVIDER2)))
                .andExpect(status().isNotFound());
        String demoRisk = jdbc.sql("select id from evidence_risk where commission_id = ? limit 1").param(youth)
                .query(String.class).single();
        mvc.perform(get(commissionPath(commission) + "/evidence/risks/" + demoRisk).with(as(Demo.OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
        UUID commission = newCommission(demo.council());
        String script = "<img src=x onerror=alert(1)>";
        String location = mvc.perform(riskForm(commission, script, Map.of("owner", "'; delete from evidence_risk; --"))
                        .param("bearers", "PROVIDERS").with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
        assertThat(risksOf(commission)).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder riskForm(UUID commission, String title, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("benefits", "The money reaches young people where they are.");
        fields.put("disbenefits", "Two buildings close.");
        fields.put("acceptance", "ACCEPTED_WITH_CONDITIONS");
        fields.put("acceptanceReasoning", "Only if the buildings stay open to young people.");
        fields.put("acceptanceFoundBy", "A deliberative workshop with Young Voices");
        fields.put("likelihood", "LIKELY");
        fields.put("impact", "MAJOR");
        fields.put("status", "OPEN");
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(commissionPath(commission) + "/evidence/risks").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long risksOf(UUID commission) {
        return jdbc.sql("select count(*) from evidence_risk where commission_id = ?").param(commission)
                .query(Long.class).single();
    }

    private static UUID idOf(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
