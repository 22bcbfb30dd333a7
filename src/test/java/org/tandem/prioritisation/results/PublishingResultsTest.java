package org.tandem.prioritisation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Money;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.Utility;
import org.tandem.prioritisation.pabulib.PabulibReader;

/**
 * Publishing a count announces the funded proposals and shows everything to everyone; a recount replaces an
 * unpublished count, and published results only when it is itself published with a public reason.
 */
class PublishingResultsTest extends ResultsTest {

    @Test
    void publishingAnnouncesTheFundedProposalsAndShowsEverythingToEveryone() throws Exception {
        count("DEFAULT");
        publish();

        ResultsPublished published = events.stream(ResultsPublished.class).findFirst().orElseThrow();
        Map<Integer, UUID> ids = jdbc.sql("select number, id from pb_proposal where process_id = ?")
                .param(fund.id()).query((rs, n) -> Map.entry(rs.getInt(1), rs.getObject(2, UUID.class))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(published.processId()).isEqualTo(fund.id());
        assertThat(published.funded()).extracting(ResultsPublished.FundedProposal::number)
                .containsExactlyElementsOf(winnersStored().stream().map(Integer::valueOf).toList());
        for (ResultsPublished.FundedProposal funded : published.funded()) {
            assertThat(funded.proposalId()).isEqualTo(ids.get(funded.number()));
            assertThat(funded.amount()).isEqualTo(Money.pounds(Long.toString(
                    YouthFund2026Ballots.PROJECTS.get(funded.number() - 1).cost()) + ".00"));
        }
        assertThat(auditEvents(council, "prioritisation.results-published")).isEqualTo(1);

        mvc.perform(get(publicBase)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Results of " + fund.title())))
                .andExpect(content().string(containsString("Greedy by support and equal shares, side by side")))
                .andExpect(content().string(containsString("Outdoor gym on Northgate Green")))
                .andExpect(content().string(containsString(
                        "./tandem pb count FILE.pb --rule mes --utility cost --completion add1")));
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + fund.id()))
                .andExpect(content().string(containsString("See the results")));

        // Anyone downloads the ballots, exactly as counted, and recounts them to the same winners.
        byte[] downloaded = mvc.perform(get(publicBase + "/ballots.pb")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(ResultsSteps.ballots());
        List<String> recounted = Counting.count(PabulibReader.readInstance(new InputStreamReader(
                new ByteArrayInputStream(downloaded), StandardCharsets.UTF_8)),
                CountingMethod.equalShares(Utility.COST, Completion.ADD1)).winnerIds();
        assertThat(recounted).isEqualTo(winnersStored());
    }

    @Test
    void aRecountReplacesAnUnpublishedCountButPublishedResultsOnlyWithAPublishedReason() throws Exception {
        count("DEFAULT");
        count("GREEDY");
        assertThat(jdbc.sql("select count(*) from pb_count where process_id = ? and superseded_by is not null")
                .param(fund.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(winnersStored()).isEqualTo(libraryWinners(CountingMethod.greedy()));
        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer))).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already published")));

        count("MES_CARDINALITY");
        mvc.perform(get(publicBase)).andExpect(content().string(containsString("./tandem pb count FILE.pb --rule "
                + "greedy")));
        mvc.perform(post(base + "/publication").param("reason", "  ").with(csrf()).with(as(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say publicly why the published results are being "
                        + "replaced")));
        mvc.perform(post(base + "/publication").param("reason", "The process set equal shares with every project "
                        + "worth the same <b>before</b> the vote").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(publicBase)).andExpect(status().isOk())
                .andExpect(content().string(containsString("--utility cardinality --completion add1")))
                .andExpect(content().string(containsString("worth the same &lt;b&gt;before&lt;/b&gt; the vote")));
        assertThat(winnersStored()).isEqualTo(libraryWinners(CountingMethod.equalShares(Utility.CARDINALITY,
                Completion.ADD1)));
        assertThat(events.stream(ResultsPublished.class).count()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from pb_count where process_id = ? and superseded_by is null")
                .param(fund.id()).query(Long.class).single()).isEqualTo(1);
    }
}
