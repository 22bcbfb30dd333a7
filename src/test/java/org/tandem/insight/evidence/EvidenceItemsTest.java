package org.tandem.insight.evidence;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.Role;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Qualitative evidence on the pages: who may add and change it, the rules it keeps, and people's own words. */
class EvidenceItemsTest extends EvidenceTest {

    @Test
    void anOfficerRecordsPeerResearchWithQuotesThemesAndNeeds() throws Exception {
        UUID commission = newCommission(demo.council());
        UUID need = need(commission, "Young carers miss out");
        String location = mvc.perform(itemForm(commission, "Peer research with young carers", java.util.Map.of(
                                "gathererNames", "Young Voices peer researchers\n\n Vale Carers Centre ",
                                "tags", "#Young carers, time for me, young carers"))
                        .param("gathererIds", demo.person(Demo.OFFICER).toString())
                        .param("needIds", need.toString())
                        .with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/quotes").with(csrf()).with(as(Demo.OFFICER))
                        .param("text", "I don't get to just be 15.").param("attribution", "young carer, 15"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as(Demo.SCRUTINY)))
                .andExpect(content().string(containsString("Peer research with young carers")))
                .andExpect(content().string(containsString("Tom Okafor, Young Voices peer researchers, Vale Carers Centre")))
                .andExpect(content().string(containsString("young carers")))
                .andExpect(content().string(containsString("time for me")))
                .andExpect(content().string(containsString("I don&#39;t get to just be 15.")))
                .andExpect(content().string(containsString("— young carer, 15")))
                .andExpect(content().string(containsString("Quotes may be published")))
                .andExpect(content().string(not(containsString("Change the details"))));
        mvc.perform(get(commissionPath(commission) + "/needs/" + need).with(as(Demo.SCRUTINY)))
                .andExpect(content().string(containsString("Peer research with young carers")));
        mvc.perform(get(commissionPath(commission) + "/evidence/items").param("tag", "time for me")
                        .with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Peer research with young carers")));
        mvc.perform(get(commissionPath(commission) + "/evidence/items").param("q", "just be 15")
                        .with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Peer research with young carers")));
        mvc.perform(get(commissionPath(commission) + "/evidence/items").param("method", "SITE_VISIT")
                        .with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("No evidence matches")));
        assertThat(auditEvents("evidence.item-created", idOf(location))).isEqualTo(1);
        assertThat(auditEvents("evidence.quote-added", idOf(location))).isEqualTo(1);
    }

    @Test
    void mistakesAreExplainedFieldByFieldAndNothingIsSaved() throws Exception {
        UUID commission = newCommission(demo.council());
        mvc.perform(post(commissionPath(commission) + "/evidence/items").with(csrf()).with(as(Demo.OFFICER))
                        .param("title", "").param("method", "GUESSWORK").param("gatheredDay", "31")
                        .param("gatheredMonth", "2").param("gatheredYear", "2026").param("participants", "lots")
                        .param("consent", "NOT_RECORDED").param("quotesPublishable", "yes")
                        .param("tags", "x".repeat(41)).param("needIds", "not-a-need"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add evidence")))
                .andExpect(content().string(containsString("Enter a title for the evidence")))
                .andExpect(content().string(containsString("Select how the evidence was gathered")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("must be a whole number")))
                .andExpect(content().string(containsString("Enter a summary of what was found")))
                .andExpect(content().string(containsString("Quotes can only be published when participants consented")))
                .andExpect(content().string(containsString("Say who gathered the evidence")))
                .andExpect(content().string(containsString("Each theme must be 40 characters or fewer")))
                .andExpect(content().string(containsString("Select needs from the list")));
        LocalDate future = LocalDate.now().plusDays(3);
        mvc.perform(itemForm(commission, "Tomorrow's workshop", java.util.Map.of(
                        "gatheredDay", "" + future.getDayOfMonth(), "gatheredMonth", "" + future.getMonthValue(),
                        "gatheredYear", "" + future.getYear())).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("must be today or in the past")));
        UUID elsewhere = need(newCommission(demo.council()), "Another commission's need");
        mvc.perform(itemForm(commission, "Tagged elsewhere").param("needIds", elsewhere.toString())
                        .with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Select needs from the list")));
        mvc.perform(itemForm(commission, "Gathered by an outsider")
                        .param("gathererIds", demo.person(Demo.PROVIDER).toString()).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Select people from the list")));
        assertThat(itemsOf(commission)).isZero();
    }

    @Test
    void citizenCoProducersAddWhatTheyGatheredAndChangeOnlyTheirOwn() throws Exception {
        UUID commission = newCommission(demo.council());
        String jordans = mvc.perform(itemForm(commission, "Our peer interviews").with(as(Demo.CITIZEN)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(jordans).with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Change the details")))
                .andExpect(content().string(containsString("by Jordan Reid")));
        mvc.perform(post(jordans + "/quotes").with(csrf()).with(as(Demo.CITIZEN)).param("text", "We want a say."))
                .andExpect(status().is3xxRedirection());
        String toms = mvc.perform(itemForm(commission, "Officer's site visit").with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(toms).with(as(Demo.CITIZEN)))
                .andExpect(content().string(not(containsString("Change the details"))));
        mvc.perform(get(toms + "/edit").with(as(Demo.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(post(toms + "/quotes").with(csrf()).with(as(Demo.CITIZEN)).param("text", "Not mine to add"))
                .andExpect(status().isForbidden());
        mvc.perform(post(toms + "/delete").with(csrf()).with(as(Demo.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(post(jordans + "/delete").with(csrf()).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(itemForm(commission, "A panel member's notes").with(as(Demo.PANEL)))
                .andExpect(status().isForbidden());
        assertThat(itemsOf(commission)).isEqualTo(1);
        assertThat(auditEvents("evidence.item-deleted", idOf(jordans))).isEqualTo(1);
    }

    @Test
    void aCitizenOfAPartnerOrganisationCannotAddToTheLeadsCommission() throws Exception {
        UUID icb = demo.organisation(Demo.ICB);
        String icbCitizen = newPerson(icb, Role.CITIZEN_CO_PRODUCER);
        UUID youth = demo.youthCommission();
        mvc.perform(post("/o/" + icb + "/commissions/" + youth + "/evidence/items").with(csrf()).with(as(icbCitizen))
                        .param("title", "A partner's evidence"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/o/" + icb + "/commissions/" + youth + "/evidence/items").with(as(icbCitizen)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add evidence</a>"))));
    }

    @Test
    void editsKeepQuotesAndDoNotOverwriteSomeoneElses() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(itemForm(commission, "Mystery shopping").with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/quotes").with(csrf()).with(as(Demo.OFFICER)).param("text", "Nobody said hello."));
        String form = mvc.perform(get(location + "/edit").with(as(Demo.COMMISSIONER)))
                .andReturn().getResponse().getContentAsString();
        String version = versionIn(form);
        mvc.perform(itemForm(commission, "Mystery shopping of the youth centres").with(as(Demo.COMMISSIONER))
                        .with(r -> {
                            r.setRequestURI(location);
                            return r;
                        }).param("version", version))
                .andExpect(status().is3xxRedirection());
        mvc.perform(itemForm(commission, "An older edit").with(as(Demo.OFFICER)).with(r -> {
                    r.setRequestURI(location);
                    return r;
                }).param("version", version))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this evidence")));
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Mystery shopping of the youth centres")))
                .andExpect(content().string(containsString("Nobody said hello.")));
    }

    @Test
    void hostileTextIsKeptAsTypedAndShownEscaped() throws Exception {
        UUID commission = newCommission(demo.council());
        String script = "<script>alert('x')</script>";
        String sql = "'); drop table evidence_item; --";
        String location = mvc.perform(itemForm(commission, script, java.util.Map.of("tags", sql))
                        .with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/quotes").with(csrf()).with(as(Demo.OFFICER)).param("text", script)
                .param("attribution", sql));
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
        assertThat(jdbc.sql("select tag from evidence_item_tag where item_id = ?").param(idOf(location))
                .query(String.class).single()).isEqualTo(sql);
        mvc.perform(post(location + "/quotes").with(csrf()).with(as(Demo.OFFICER)).param("text", "q".repeat(1001)))
                .andExpect(content().string(containsString("A quote must be 1000 characters or fewer")));
    }

    private MockHttpServletRequestBuilder itemForm(UUID commission, String title) {
        return itemForm(commission, title, java.util.Map.of());
    }

    /** The form filled in correctly, except for the fields given, which replace the correct values. */
    private MockHttpServletRequestBuilder itemForm(UUID commission, String title, java.util.Map<String, String> changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("method", "PEER_RESEARCH");
        fields.put("gatheredDay", "14");
        fields.put("gatheredMonth", "10");
        fields.put("gatheredYear", "2026");
        fields.put("participants", "9");
        fields.put("summary", "Young carers told us they rarely get time for themselves.");
        fields.put("consent", "WRITTEN_WITH_PARENT");
        fields.put("quotesPublishable", "yes");
        fields.put("gathererNames", "Young Voices peer researchers");
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(commissionPath(commission) + "/evidence/items").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private UUID need(UUID commission, String title) throws Exception {
        String location = mvc.perform(post(commissionPath(commission) + "/needs").with(csrf()).with(as(Demo.OFFICER))
                .param("title", title).param("priority", "MEDIUM")).andReturn().getResponse().getRedirectedUrl();
        return idOf(location);
    }

    private long itemsOf(UUID commission) {
        return jdbc.sql("select count(*) from evidence_item where commission_id = ?").param(commission)
                .query(Long.class).single();
    }

    static UUID idOf(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    static String versionIn(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("a version field").isTrue();
        return m.group(1);
    }
}
