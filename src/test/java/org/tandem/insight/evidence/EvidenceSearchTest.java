package org.tandem.insight.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.insight.evidence.items.Consent;
import org.tandem.insight.evidence.items.EvidenceItemService;
import org.tandem.insight.evidence.items.EvidenceMethod;
import org.tandem.insight.evidence.items.ItemDraft;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One search over datasets, what people told us and risks: every word must match, the match is highlighted. */
class EvidenceSearchTest extends EvidenceTest {

    @Autowired
    EvidenceItemService items;
    @Autowired
    Commissions commissions;

    @Test
    void aSearchFindsEveryKindOfEvidenceAndHighlightsWhereItMatched() throws Exception {
        String page = search(demo.youthCommission(), "young carers", Demo.PANEL);
        assertThat(page).contains("Indicator: </span><mark class=\"tandem-match\">Young</mark> "
                        + "<mark class=\"tandem-match\">carers</mark> known to services")
                .contains("Peer research with <mark class=\"tandem-match\">young</mark>")
                .contains("Dataset: 1").contains("What people told us: ").contains("Risk: ");
        assertThat(page.indexOf("Peer research with")).as("both words in the title come first")
                .isLessThan(page.indexOf("assessors&#39; safety"));
        assertThat(search(demo.youthCommission(), "ASSET transfer", Demo.PANEL))
                .contains("Closing the in-house youth centres")
                .contains("What is done about it: ")
                .contains("<mark class=\"tandem-match\">asset</mark> <mark class=\"tandem-match\">transfer</mark>");
        assertThat(search(demo.youthCommission(), "Castle brilliant", Demo.PANEL))
                .contains("Mystery shopping of the Millbrook youth centres")
                .contains("1 result<");
        assertThat(search(demo.youthCommission(), "carers nonsenseword", Demo.PANEL)).contains("0 results");
    }

    @Test
    void wildcardsAreTakenLiterallyAndHostileTextIsHarmless() throws Exception {
        UUID commission = newCommission(demo.council());
        item(commission, "Almost 100% of_us go to the club", "Summary with nothing special");
        item(commission, "Nearly 1000 of us", "Another summary");
        assertThat(search(commission, "100%", Demo.OFFICER)).contains("1 result<")
                .contains("Almost <mark class=\"tandem-match\">100%</mark> of_us go to the club");
        assertThat(search(commission, "f_us", Demo.OFFICER)).contains("1 result<");
        assertThat(search(commission, "%", Demo.OFFICER)).contains("1 result<");
        assertThat(search(commission, "_", Demo.OFFICER)).contains("1 result<");
        assertThat(search(commission, "' or 1=1 --", Demo.OFFICER)).contains("0 results");
        String scripted = search(commission, "<script>alert('q')</script>", Demo.OFFICER);
        assertThat(scripted).doesNotContain("<script>alert").contains("&lt;script&gt;alert").contains("0 results");
        item(commission, "<script>alert('stored')</script> club", "Stored script");
        assertThat(search(commission, "club script", Demo.OFFICER)).doesNotContain("<script>alert")
                .contains("&lt;<mark class=\"tandem-match\">script</mark>&gt;");
        mvc.perform(get(commissionPath(commission) + "/evidence/search").param("q", "club\u0000")
                        .with(as(Demo.OFFICER)))
                .andExpect(status().isOk());
    }

    @Test
    void resultsComePageByPageAndCanBeNarrowedToOneKind() throws Exception {
        UUID commission = newCommission(demo.council());
        for (int i = 0; i < 27; i++) {
            item(commission, "Zephyrine workshop " + i, "Notes");
        }
        String first = search(commission, "zephyrine", Demo.OFFICER);
        assertThat(first).contains("27 results").contains("page=2");
        String second = mvc.perform(get(commissionPath(commission) + "/evidence/search").param("q", "zephyrine")
                .param("page", "2").with(as(Demo.OFFICER))).andReturn().getResponse().getContentAsString();
        assertThat(second.split("tandem-evidence-list__item").length - 1).isEqualTo(2);
        mvc.perform(get(commissionPath(commission) + "/evidence/search").param("q", "zephyrine")
                        .param("kind", "RISK").with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("0 results")))
                .andExpect(content().string(containsString("All kinds: 27")));
    }

    @Test
    void theOrganisationsSearchCoversItsCommissionsButNotOtherOrganisations() throws Exception {
        UUID commission = newCommission(demo.council());
        item(commission, "Quillwort consultation", "Found in the organisation's search");
        mvc.perform(get(demo.councilPath() + "/evidence/search").param("q", "quillwort").with(as(Demo.SCRUTINY)))
                .andExpect(content().string(containsString("<mark class=\"tandem-match\">Quillwort</mark> consultation")))
                .andExpect(content().string(containsString("/commissions/" + commission + "/evidence/items/")));
        UUID icb = demo.organisation(Demo.ICB);
        mvc.perform(get("/o/" + icb + "/evidence/search").param("q", "quillwort").with(as(Demo.PARTNER)))
                .andExpect(content().string(containsString("0 results")));
        mvc.perform(get("/o/" + icb + "/commissions/" + demo.youthCommission() + "/evidence/search")
                        .param("q", "young carers").with(as(Demo.PARTNER)))
                .andExpect(content().string(containsString("Peer research with <mark class=\"tandem-match\">young</mark>")));
        mvc.perform(get("/o/" + icb + "/commissions/" + commission + "/evidence/search").param("q", "quillwort")
                        .with(as(Demo.PARTNER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(demo.councilPath() + "/evidence/search").param("q", "quillwort").with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(demo.councilPath() + "/evidence/search").with(as(Demo.SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("results"))));
    }

    private String search(UUID commission, String q, String who) throws Exception {
        return mvc.perform(get(commissionPath(commission) + "/evidence/search").param("q", q).with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void item(UUID commission, String title, String summary) {
        CommissionView view = commissions.find(commission, demo.council()).orElseThrow();
        items.createAs(Actor.TANDEM, view, new ItemDraft(title, EvidenceMethod.FOCUS_GROUP, LocalDate.of(2026, 9, 1),
                null, summary, Consent.NOT_NEEDED, null, false, Set.of(), List.of("A test"), List.of(), Set.of()),
                List.of());
    }
}
