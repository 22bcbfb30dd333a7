package org.tandem.prioritisation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.Utility;

/**
 * An officer counts a process's ballots from a Pabulib file once voting has closed; a bad file, an early count, another
 * organisation and the wrong role are refused and nothing is kept.
 */
class CountingBallotsTest extends ResultsTest {

    @Test
    void theCountOfAnImportedFileIsTheLibrarysAndStaysPrivateUntilPublished() throws Exception {
        mvc.perform(get(base).with(as(officer)))
                .andExpect(content().string(containsString("The ballots have not been counted yet")));
        count("DEFAULT");

        List<String> expected = libraryWinners(CountingMethod.equalShares(Utility.COST, Completion.ADD1));
        String stored = jdbc.sql("select result from pb_count where process_id = ?").param(fund.id())
                .query(String.class).single();
        assertThat(stored).contains("\"countedBy\":\"EQUAL_SHARES\"");
        String page = mvc.perform(get(base).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not published.")))
                .andExpect(content().string(containsString("Method of Equal Shares, cost utilities, Add1 completion")))
                .andExpect(content().string(containsString("Youth club open late on Fridays")))
                .andExpect(content().string(containsString("ρ = £")))
                .andExpect(content().string(containsString("Funded only by equal shares")))
                .andReturn().getResponse().getContentAsString();
        for (String winner : expected) {
            String title = YouthFund2026Ballots.PROJECTS.get(Integer.parseInt(winner) - 1).title()
                    .replace("'", "&#39;");
            assertThat(page).contains(title);
        }
        assertThat(jdbc.sql("select count(*) from pb_count_ballot where count_id = (select id from pb_count where "
                + "process_id = ?)").param(fund.id()).query(Long.class).single()).isEqualTo(300);
        // The stored winners, in the order funded, are the library's, counted from the same file.
        assertThat(winnersStored()).isEqualTo(expected);
        assertThat(auditEvents(council, "prioritisation.ballots-counted")).isEqualTo(1);

        mvc.perform(get(publicBase)).andExpect(status().isNotFound());
        mvc.perform(get(publicBase + "/ballots.pb")).andExpect(status().isNotFound());
        mvc.perform(get("/public/api/v1/organisations/" + council + "/pb-processes/" + fund.id() + "/results"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + fund.id()))
                .andExpect(content().string(not(containsString("See the results"))));
        assertThat(events.stream(ResultsPublished.class)).isEmpty();
    }

    @Test
    void badFilesAreRefusedWithTheirLinesAndNothingIsKept() throws Exception {
        String good = YouthFund2026Ballots.text();
        mvc.perform(upload(base, good.replace("1;6000;Skate park lights", "1;lots;Skate park lights")
                        .getBytes(StandardCharsets.UTF_8), "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The file was not counted: nothing in it has been kept")))
                .andExpect(content().string(containsString(
                        "Line 16, field cost: &#39;lots&#39; is not a whole number")));
        mvc.perform(upload(base, good.replace("1;6000;Skate park lights", "1;6500;Skate park lights")
                        .getBytes(StandardCharsets.UTF_8), "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 16, field cost: project 1 costs £6,500 in the file "
                        + "but proposal 1, Skate park lights, costs £6,000.00")));
        mvc.perform(upload(base, good.replace("budget;40000", "budget;50000").replace("9;2500;Bike repair workshop",
                        "<script>alert(1)</script>;2500;Bike repair workshop")
                        .replaceAll("(?m)^([0-9a-f]{64});9$", "$1;1")
                        .replaceAll("(?m),9$", "").replace(",9,", ",").getBytes(StandardCharsets.UTF_8), "DEFAULT")
                        .with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("field budget: the file&#39;s budget is £50,000")))
                .andExpect(content().string(containsString("project &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; "
                        + "is not the number of a proposal accepted")))
                .andExpect(content().string(containsString("the file has no project for proposal 9")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        String firstVoter = good.lines().dropWhile(l -> !l.equals("voter_id;vote")).skip(1).findFirst().orElseThrow()
                .split(";")[0];
        mvc.perform(upload(base, good.replace(firstVoter, "v".repeat(201)).getBytes(StandardCharsets.UTF_8),
                        "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("has an id longer than 200 characters")));
        mvc.perform(upload(base, "not a pabulib file".getBytes(StandardCharsets.UTF_8), "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 1: the file must start with a META section")));
        mvc.perform(upload(base, new byte[(int) BallotFile.MAX_BYTES + 1], "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The file is larger than 20 MB")));
        mvc.perform(multipart(base + "/count").param("method", "DEFAULT").with(csrf()).with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the .pb file of the ballots")));
        mvc.perform(upload(base, good.getBytes(StandardCharsets.UTF_8), "SOMETHING").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose how to count the ballots")));
        assertThat(counts()).isZero();
        assertThat(auditEvents(council, "prioritisation.ballots-counted")).isZero();
    }

    @Test
    void ballotsCannotBeCountedBeforeVotingCloses() throws Exception {
        PbProcessView collecting = ResultsSteps.fund(processes, proposals, council, false);
        mvc.perform(upload("/o/" + council + "/pb-processes/" + collecting.id() + "/results",
                        ResultsSteps.ballots(), "DEFAULT").with(as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot be counted until voting closes")));
        assertThat(counts()).isZero();
    }

    @Test
    void otherOrganisationsAndOtherRolesCannotCountOrSeeUnpublishedResults() throws Exception {
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(elsewhere, Role.COMMISSIONING_OFFICER, Role.COMMISSIONER);
        String citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
        String theirs = "/o/" + elsewhere + "/pb-processes/" + fund.id() + "/results";
        mvc.perform(get(theirs).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(upload(theirs, ResultsSteps.ballots(), "DEFAULT").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(as(citizen))).andExpect(status().isForbidden());
        mvc.perform(upload(base, ResultsSteps.ballots(), "DEFAULT").with(as(citizen)))
                .andExpect(status().isForbidden());
        assertThat(counts()).isZero();
        count("DEFAULT");
        mvc.perform(post(theirs + "/publication").with(csrf()).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/publication").with(csrf()).with(as(citizen))).andExpect(status().isForbidden());
        mvc.perform(get("/public/o/" + elsewhere + "/pb-processes/" + fund.id() + "/results"))
                .andExpect(status().isNotFound());
        assertThat(events.stream(ResultsPublished.class)).isEmpty();
    }
}
