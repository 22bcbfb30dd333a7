package org.tandem.insight.quality;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
        UUID streetSport = jdbc.sql("""
                        select v.id from quality_visit v join funded_service s on s.id = v.service_id
                        where v.round_id = ? and s.name = ?""")
                .params(round, DemoStoryServices.STREET_SPORT).query(UUID.class).single();
        // to do until the browser journey records it
        assertThat(page(base + "/" + round + "/visits/" + streetSport, Demo.CITIZEN))
                .contains("Visit to Street sport sessions").contains("Feeling welcome");
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

    @Test
    void theRoundFormListsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        World w = world();
        String officer = w.officer().email();
        String empty = mvc.perform(post(w.roundsPath()).with(as(officer)).with(csrf()).param("redAreas", "")
                        .param("amberThreshold", "SIDEWAYS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<title>Error: ").contains("Enter a title for the round")
                .contains("Enter first day of visits").contains("Enter last day of visits")
                .contains("Enter how many red areas make a service red")
                .contains("Choose how much amber makes a service amber")
                .contains("Choose how several visits to one service combine");
        String typed = "<script>alert('round')</script>'; drop table quality_round; --";
        String refused = mvc.perform(roundForm(w, typed, Map.of("redAreas", "51", "untilYear", "2025")))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter how many red areas make a service red")
                .contains("The last day of visits must be the same as or after the first")
                .contains("&lt;script&gt;alert(&#39;round&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(mvc.perform(roundForm(w, "t".repeat(201), Map.of())).andReturn().getResponse()
                .getContentAsString()).contains("Title must be 200 characters or fewer");

        String location = mvc.perform(roundForm(w, typed, Map.of())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(location).with(as(officer))).andReturn().getResponse().getContentAsString())
                .contains("&lt;script&gt;alert(&#39;round&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(jdbc.sql("select count(*) from quality_round where title = ?").param(typed).query(Long.class)
                .single()).isEqualTo(1);
        mvc.perform(get(w.roundsPath()).param("q", "%' or 1=1 --").param("status", "NONSENSE").param("sort", "x")
                .param("page", "999999999").with(as(officer))).andExpect(status().isOk());
    }

    @Test
    void theVisitFormRefusesUnknownRatingsAndOverlongTextAndListsMissingRatingsOnSubmit() throws Exception {
        World w = world();
        Staged s = visiting(w);
        String jordan = w.youngAssessor().email();
        String path = w.roundPath(s.round()) + "/visits/" + s.clubsVisit();
        var purple = visitForm(path, s.areas(), "GGGGGGGGG", 0, "save").with(as(jordan))
                .param("areas[0].rating", "PURPLE").param("areas[1].evidence", "e".repeat(4001));
        String refused = mvc.perform(purple).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("<title>Error: ").contains("href=\"#areas[0].rating\"")
                .contains("Choose red, amber or green").contains("Evidence must be 4000 characters or fewer");
        assertThat(jdbc.sql("select count(*) from quality_rating where visit_id = ?").param(s.clubsVisit())
                .query(Long.class).single()).isZero();

        String missing = mvc.perform(visitForm(path, s.areas(), "GGG.GGG.G", 0, "submit").with(as(jordan)))
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Choose red, amber or green for Our say, our way")
                .contains("Choose red, amber or green for A good place to be")
                .contains("href=\"#areas[3].rating\"").contains("Submit the visit");
        assertThat(missing).as("what was typed is kept").containsPattern("value=\"GREEN\"[^>]*checked");

        String script = "<img src=x onerror=alert(1)>";
        var hostile = visitForm(path, s.areas(), "GGGGGGGGG", 0, "submit").with(as(jordan))
                .param("areas[0].evidence", script);
        mvc.perform(hostile).andExpect(status().is3xxRedirection());
        String locked = mvc.perform(get(path).with(as(jordan))).andReturn().getResponse().getContentAsString();
        assertThat(locked).contains("submitted and is locked").contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain(script).doesNotContain("Submit the visit");
        mvc.perform(visitForm(path, s.areas(), "RRRRRRRRR", 1, "save").with(as(jordan)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("submitted and is locked")));
    }

    @Test
    void aVisitFormNamingAnotherRoundsAreaFindsNothingAndChangesNothing() throws Exception {
        World w = world();
        Staged s = visiting(w);
        Staged other = visiting(world());
        String path = w.roundPath(s.round()) + "/visits/" + s.clubsVisit();
        var request = visitForm(path, s.areas(), "GGGGGGGGG", 0, "save").with(as(w.youngAssessor().email()))
                .param("areas[9].areaId", other.areas().getFirst().id().toString()).param("areas[9].rating", "RED");
        mvc.perform(request).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from quality_rating where visit_id = ?").param(s.clubsVisit())
                .query(Long.class).single()).isZero();
    }

    @Test
    void peopleWithoutTheRoleAreRefusedWhatIsNotTheirs() throws Exception {
        World w = world();
        Staged s = visiting(w);
        String round = w.roundPath(s.round());
        mvc.perform(get(w.roundsPath() + "/new").with(as(w.youngAssessor().email()))).andExpect(status().isForbidden());
        mvc.perform(post(round + "/transitions").with(as(w.finance().email())).with(csrf())
                .param("transition", "START_MODERATION").param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post(round + "/visits/" + s.clubsVisit() + "/reopen").with(as(w.officer().email())).with(csrf())
                .param("reason", "x").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post(round + "/transitions").with(as(w.officer().email())).with(csrf())
                .param("transition", "CLOSE").param("version", "" + s.round().version()))
                .andExpect(status().isForbidden());
        mvc.perform(post(round + "/transitions").with(as(w.commissioner().email())).with(csrf())
                        .param("transition", "CLOSE").param("version", "" + s.round().version()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "“Close the round” is for a round in Results shared; " + s.round().title().replace("'", "&#39;")
                                + " is in Visiting")));
    }

    @Test
    void theVisitPlanFormNeedsAServiceADateAndATeamOfThisOrganisation() throws Exception {
        World w = world();
        QualityRound round = draft(w);
        String path = w.roundPath(round) + "/visits";
        String refused = mvc.perform(post(path).with(as(w.officer().email())).with(csrf()).param("visitDay", "31")
                        .param("visitMonth", "2").param("visitYear", "2026"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose the service to visit").contains("Visit date must be a real date")
                .contains("Choose who is on the team");
        World elsewhere = world();
        mvc.perform(post(path).with(as(w.officer().email())).with(csrf()).param("serviceId", w.clubs().toString())
                .param("visitDay", "8").param("visitMonth", "10").param("visitYear", "2026")
                .param("assessorIds", elsewhere.youngAssessor().viewer().personId().toString()))
                .andExpect(status().isNotFound());
        String warned = mvc.perform(post(path).with(as(w.officer().email())).with(csrf())
                        .param("serviceId", w.clubs().toString()).param("visitDay", "8").param("visitMonth", "10")
                        .param("visitYear", "2026").param("assessorIds", w.officer().viewer().personId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                        "flash", org.hamcrest.Matchers.containsString("No one on this team has lived experience")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(warned.replace("#visits", "")).with(as(w.officer().email()))).andReturn()
                .getResponse().getContentAsString()).contains("No one on this team has lived experience");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder roundForm(
            World w, String title, Map<String, String> changes) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("title", title, "fromDay", "1",
                "fromMonth", "10", "fromYear", "2026", "untilDay", "18", "untilMonth", "12", "untilYear", "2026",
                "redAreas", "1", "amberThreshold", "MAJORITY", "visitCombination", "LOWEST"));
        fields.put("start", "TEMPLATE");
        fields.putAll(changes);
        var request = post(w.roundsPath()).with(as(w.officer().email())).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** The visit form as the page sends it: each area's id and rating ("." for none), with the version read. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder visitForm(
            String path, java.util.List<QualityArea> areas, String letters, int version, String action) {
        var request = post(path).with(csrf()).param("version", "" + version).param("action", action);
        for (int i = 0; i < areas.size(); i++) {
            request.param("areas[" + i + "].areaId", areas.get(i).id().toString());
            char c = letters.charAt(i);
            if (c != '.') {
                request.param("areas[" + i + "].rating", c == 'G' ? "GREEN" : c == 'A' ? "AMBER" : "RED");
                request.param("areas[" + i + "].evidence", "Seen");
            }
        }
        return request;
    }

    private String page(String path, String who) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }
}
