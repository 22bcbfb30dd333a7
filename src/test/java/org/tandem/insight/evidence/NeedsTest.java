package org.tandem.insight.evidence;

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

/** A commission's needs: added and changed by its commissioners and officers, read by everyone involved. */
class NeedsTest extends EvidenceTest {

    @Test
    void anOfficerAddsANeedWithItsWardsAndItIsListedAndAudited() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(needForm(commission, "Young carers miss out on time with friends", "MEDIUM")
                        .param("wardIds", ward("Eastfield").toString(), ward("Northgate").toString())
                        .with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(Demo.SCRUTINY)))
                .andExpect(content().string(containsString("Young carers miss out on time with friends")))
                .andExpect(content().string(containsString("Eastfield, Northgate")))
                .andExpect(content().string(containsString("No evidence is tagged to this need yet")));
        mvc.perform(get(commissionPath(commission) + "/needs").param("ward", ward("Northgate").toString())
                        .with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Young carers miss out")));
        mvc.perform(get(commissionPath(commission) + "/needs").param("ward", ward("Abbey").toString())
                        .with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("No needs match")));
        mvc.perform(get(commissionPath(commission) + "/needs").param("priority", "HIGH").with(as(Demo.CITIZEN)))
                .andExpect(content().string(not(containsString("Young carers miss out"))));
        UUID need = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(auditEvents("need.created", need)).isEqualTo(1);
    }

    @Test
    void theDemoNeedsAreSortedByPriorityAndSearchable() throws Exception {
        String page = mvc.perform(get(commissionPath(demo.youthCommission()) + "/needs").with(as(Demo.PANEL)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Anxiety and low mood")).isLessThan(page.indexOf("Girls aged 11 to 16"));
        mvc.perform(get(commissionPath(demo.youthCommission()) + "/needs").param("q", "CARERS").with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Young carers miss out")))
                .andExpect(content().string(not(containsString("Girls aged 11 to 16"))));
        mvc.perform(get(commissionPath(demo.youthCommission()) + "/needs").param("q", "%").with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("No needs match")));
    }

    @Test
    void mistakesAreExplainedAndNothingIsSaved() throws Exception {
        UUID commission = newCommission(demo.council());
        UUID elsewhere = UUID.randomUUID();
        mvc.perform(needForm(commission, "", "URGENT").param("wardIds", "not-a-ward").with(as(Demo.COMMISSIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a need")))
                .andExpect(content().string(containsString("Enter what people need")))
                .andExpect(content().string(containsString("Select how pressing the need is")))
                .andExpect(content().string(containsString("Select wards from the list")));
        mvc.perform(needForm(commission, "A need in someone else's ward", "LOW")
                        .param("wardIds", elsewhere.toString()).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Select wards from the list")));
        mvc.perform(needForm(commission, "x".repeat(201), "LOW").with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("200 characters or fewer")));
        assertThat(needsOf(commission)).isZero();
    }

    @Test
    void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
        UUID commission = newCommission(demo.council());
        String script = "<script>alert('need')</script>";
        String location = mvc.perform(needForm(commission, script, "HIGH").with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
        assertThat(jdbc.sql("select title from need where commission_id = ?").param(commission).query(String.class)
                .single()).isEqualTo(script);
    }

    @Test
    void changesNeedTheVersionReadAndDoNotOverwriteSomeoneElses() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(needForm(commission, "Nowhere to go after school", "HIGH").with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        String form = mvc.perform(get(location + "/edit").with(as(Demo.COMMISSIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Nowhere to go after school\"");
        mvc.perform(post(location).with(csrf()).with(as(Demo.COMMISSIONER)).param("title", "Nowhere safe to go")
                        .param("priority", "MEDIUM").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location).with(csrf()).with(as(Demo.OFFICER)).param("title", "An older edit")
                        .param("priority", "LOW").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this need")))
                .andExpect(content().string(containsString("value=\"An older edit\"")));
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Nowhere safe to go")));
    }

    @Test
    void partnersReadButOnlyTheLeadsCommissionersAndOfficersChange() throws Exception {
        UUID youth = demo.youthCommission();
        UUID icb = demo.organisation(Demo.ICB);
        mvc.perform(get("/o/" + icb + "/commissions/" + youth + "/needs").with(as(Demo.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anxiety and low mood")))
                .andExpect(content().string(not(containsString("Add a need"))));
        mvc.perform(post("/o/" + icb + "/commissions/" + youth + "/needs").with(csrf()).with(as(Demo.PARTNER))
                        .param("title", "A partner's need").param("priority", "LOW"))
                .andExpect(status().isForbidden());
        UUID commission = newCommission(demo.council());
        mvc.perform(needForm(commission, "A citizen's need", "LOW").with(as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(get(commissionPath(youth) + "/needs").with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        UUID riverside = demo.organisation(Demo.RIVERSIDE);
        mvc.perform(get("/o/" + riverside + "/commissions/" + youth + "/needs").with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        UUID demoNeed = jdbc.sql("select id from need where commission_id = ? and title like 'Anxiety%'")
                .param(youth).query(UUID.class).single();
        mvc.perform(get(commissionPath(commission) + "/needs/" + demoNeed).with(as(Demo.OFFICER)))
                .andExpect(status().isNotFound());
        assertThat(needsOf(commission)).isZero();
    }

    private MockHttpServletRequestBuilder needForm(UUID commission, String title, String priority) {
        return post(commissionPath(commission) + "/needs").with(csrf()).param("title", title)
                .param("description", "Found by a test").param("priority", priority);
    }

    private long needsOf(UUID commission) {
        return jdbc.sql("select count(*) from need where commission_id = ?").param(commission).query(Long.class)
                .single();
    }
}
