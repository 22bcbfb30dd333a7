package org.tandem.prioritisation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.outcomes.OutcomeView;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

/**
 * Proposals say which outcomes of the commission's agreed outcomes framework they help with, and the fund shows how
 * many ideas serve each outcome. Uses the demo youth commission, whose framework has an agreed version.
 */
class ProposalOutcomesTest extends TenantTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalOutcomes outcomes;
    @Autowired
    private ProposalService proposals;

    private UUID council;
    private PbProcessView fund;
    private List<OutcomeView> agreed;
    private String base;

    @BeforeEach
    void fundForTheYouthCommission() {
        council = demo.council();
        fund = fundStarted(3);
        agreed = outcomes.offered(fund);
        base = "/o/" + council + "/pb-processes/" + fund.id() + "/proposals";
    }

    private PbProcessView fundStarted(int collectionStartedDaysAgo) {
        return processes.create(Actor.TANDEM, council, new ProcessDetails(demo.youthCommission(),
                "Outcome-linked fund " + UUID.randomUUID(), "For young people", Money.pounds("10000.00"), List.of(),
                PbSteps.phases(processes.today(), collectionStartedDaysAgo), Eligibility.SIGNED_IN, List.of(),
                List.of(), null, true));
    }

    @Test
    void aYoungPersonSaysWhatTheirIdeaHelpsWithAndTheFundCountsIt() throws Exception {
        assertThat(agreed).extracting(o -> o.details().ownWords()).contains("I'm healthy and active");
        OutcomeView active = byWords("I'm healthy and active");
        OutcomeView friends = byWords("I have good friends and get on with people");
        mvc.perform(get(base + "/new").with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("What would it help with? (optional)")))
                .andExpect(content().string(containsString("value=\"" + active.id() + "\"")));

        String location = mvc.perform(post(base).with(csrf()).with(as(Demo.CITIZEN))
                        .param("title", "Girls-only evening football").param("description", "With a woman coach")
                        .param("estimatedCost", "4000").param("outcomeIds", active.id().toString())
                        .param("outcomeIds", friends.id().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Helps with")))
                .andExpect(content().string(containsString("I&#39;m healthy and active")))
                .andExpect(content().string(containsString("I have good friends and get on with people")))
                .andExpect(content().string(not(containsString("Save the outcomes"))));

        mvc.perform(get("/public/o/" + council + "/pb-processes/" + fund.id()))
                .andExpect(content().string(containsString("Outcomes the fund serves")));
        assertThat(outcomes.served(fund)).filteredOn(s -> s.outcome().id().equals(active.id()))
                .extracting(ProposalOutcomes.Served::proposals).containsExactly(1);
        assertThat(outcomes.served(fund)).filteredOn(s -> s.proposals() > 0).hasSize(2);
    }

    @Test
    void officersCorrectTheOutcomesUntilTheVoteAndForeignIdsAreRefused() throws Exception {
        OutcomeView learning = byWords("I'm learning new things and getting skills for work");
        String location = mvc.perform(post(base).with(csrf()).with(as(Demo.CITIZEN))
                        .param("title", "A podcast studio").param("description", "Microphones")
                        .param("estimatedCost", "800"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID proposal = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Save the outcomes")));

        mvc.perform(post(location + "/outcomes").with(csrf()).with(as(Demo.OFFICER))
                        .param("outcomeIds", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose outcomes from this fund")));
        mvc.perform(post(location + "/outcomes").with(csrf()).with(as(Demo.OFFICER)).param("outcomeIds", "1 or 1=1"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(location + "/outcomes").with(csrf()).with(as(Demo.CITIZEN))
                        .param("outcomeIds", learning.id().toString()))
                .andExpect(status().isForbidden());
        assertThat(linked(proposal)).isZero();

        mvc.perform(post(location + "/outcomes").with(csrf()).with(as(Demo.OFFICER))
                        .param("outcomeIds", learning.id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(linked(proposal)).isOne();
        assertThat(auditEvents(council, "prioritisation.proposal-outcomes-changed")).isPositive();

        mvc.perform(post("/o/" + council + "/pb-processes/" + fundStarted(3).id() + "/proposals/" + proposal
                        + "/outcomes").with(csrf()).with(as(Demo.OFFICER)).param("outcomeIds", learning.id().toString()))
                .andExpect(status().isNotFound());

        PbProcessView voting = fundStarted(25);
        UUID onTheBallot = proposals.store(Actor.TANDEM, voting, new ProposalService.Proposer(null, "Kai",
                "kai@youngvoices.example"), new ProposalService.ProposalDraft(null, "Studio", "Mics", null, null,
                Money.pounds("800"))).id();
        mvc.perform(post("/o/" + council + "/pb-processes/" + voting.id() + "/proposals/" + onTheBallot
                        + "/outcomes").with(csrf()).with(as(Demo.OFFICER)).param("outcomeIds", learning.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("before the vote")));
        assertThat(linked(onTheBallot)).isZero();
    }

    @Test
    void theDemoYouthFundShowsWhichOutcomesYoungPeoplesIdeasServe() throws Exception {
        PbProcessView demoFund = processes.list(council, demo.youthCommission(),
                        new org.tandem.platform.PageRequest(1, 100)).items().stream()
                .filter(p -> p.title().equals(DemoYouthFund.TITLE)).findFirst().orElseThrow();
        mvc.perform(get("/o/" + council + "/pb-processes/" + demoFund.id()).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Outcomes the fund serves")))
                .andExpect(content().string(containsString("I can get to the places I want to go")));
        assertThat(outcomes.served(demoFund)).filteredOn(s -> s.outcome().details().ownWords()
                        .equals("I'm healthy and active"))
                .extracting(ProposalOutcomes.Served::proposals).containsExactly(2);
    }

    private OutcomeView byWords(String words) {
        return agreed.stream().filter(o -> o.details().ownWords().equals(words)).findFirst().orElseThrow();
    }

    private long linked(UUID proposal) {
        return jdbc.sql("select count(*) from pb_proposal_outcome where proposal_id = ?").param(proposal)
                .query(Long.class).single();
    }
}
