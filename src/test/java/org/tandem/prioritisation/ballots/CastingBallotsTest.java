package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.ConflictException;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/** Voting online: casting, changing (the last ballot counts), receipts, refusals, and the secrecy of the ballot. */
class CastingBallotsTest extends TenantTest {

    private static final BallotSettings AT_MOST_TWO = new BallotSettings(BallotType.APPROVAL, null, 2, null, null,
            null, null);

    @Autowired
    private ProcessService processes;

    @Autowired
    private ProposalService proposals;

    @Autowired
    private BallotService ballots;

    private BallotSteps steps;
    private UUID council;
    private String citizen;

    @BeforeEach
    void ownCouncil() {
        steps = new BallotSteps(processes, proposals);
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
    }

    private String ballotPath(BallotSteps.Vote vote) {
        return "/o/" + council + "/pb-processes/" + vote.id() + "/ballot";
    }

    private MockHttpServletRequestBuilder cast(BallotSteps.Vote vote, String... choices) {
        MockHttpServletRequestBuilder request = post(ballotPath(vote)).with(csrf()).with(as(citizen))
                .param("age", "15").param("ward", "Eastfield");
        for (String choice : choices) {
            request.param("choice", choice);
        }
        return request;
    }

    private long ballotsIn(BallotSteps.Vote vote) {
        return jdbc.sql("select count(*) from pb_ballot where process_id = ?").param(vote.id()).query(Long.class)
                .single();
    }

    @Test
    void aCitizenVotesChangesTheirMindAndOnlyTheLastBallotCountsUnderItsNewReceipt() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN, AT_MOST_TWO, BallotSteps.Moment.OPEN,
                false, false);
        mvc.perform(get(ballotPath(vote)).with(as(citizen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1. Skate ramp, £12,000.00")))
                .andExpect(content().string(containsString("Tick every project you want funded, at most 2.")))
                .andExpect(content().string(containsString("Your age")));

        SessionCookie browser = new SessionCookie();
        MvcResult first = mvc.perform(cast(vote, vote.proposal(1), vote.proposal(2)).with(browser))
                .andDo(browser.keep())
                .andExpect(redirectedUrl(ballotPath(vote) + "/receipt")).andReturn();
        Receipt firstReceipt = (Receipt) first.getFlashMap().get("receipt");
        assertThat(firstReceipt.code()).matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}");
        assertThat(firstReceipt.replacedEarlierBallot()).isFalse();
        mvc.perform(get(ballotPath(vote) + "/receipt").with(as(citizen)).with(browser))
                .andExpect(content().string(containsString(firstReceipt.code())))
                .andExpect(content().string(containsString("Change your vote")));

        mvc.perform(get(ballotPath(vote)).with(as(citizen)))
                .andExpect(content().string(containsString("You have already voted")));
        MvcResult second = mvc.perform(cast(vote, vote.proposal(3))).andExpect(status().is3xxRedirection())
                .andReturn();
        Receipt secondReceipt = (Receipt) second.getFlashMap().get("receipt");
        assertThat(secondReceipt.replacedEarlierBallot()).isTrue();
        assertThat(secondReceipt.code()).isNotEqualTo(firstReceipt.code());

        assertThat(jdbc.sql("select receipt_id, choices from pb_ballot where process_id = ?").param(vote.id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly(BallotBox.receiptId(secondReceipt.code()) + " 3");
        assertThat(jdbc.sql("select count(*) from pb_voter where process_id = ?").param(vote.id())
                .query(Long.class).single()).isEqualTo(1);
        // Without the receipt (a reload, say), the page says a ballot was cast but cannot show the code again.
        mvc.perform(get(ballotPath(vote) + "/receipt").with(as(citizen)))
                .andExpect(content().string(containsString("You have voted in this process")))
                .andExpect(content().string(not(containsString(secondReceipt.code()))));
    }

    @Test
    void ballotsOverTheLimitForgedOrFromPeopleWhoMayNotVoteAreRefusedAndNothingIsStored() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN, AT_MOST_TWO, BallotSteps.Moment.OPEN,
                false, false);
        mvc.perform(cast(vote, vote.proposal(1), vote.proposal(2), vote.proposal(3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You chose 3 projects: choose at most 2 projects")))
                .andExpect(content().string(matchesChecked(vote.proposal(3))));
        mvc.perform(cast(vote, UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not on this ballot")));
        mvc.perform(cast(vote, "<script>alert(1)</script>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(post(ballotPath(vote)).with(csrf()).with(as(citizen)).param("age", "9").param("ward", "Eastfield")
                        .param("choice", vote.proposal(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only people aged 11 or over can vote in")));
        mvc.perform(post(ballotPath(vote)).with(csrf()).with(as(citizen)).param("age", "15").param("ward", "other")
                        .param("postcode", "ZZ9 9ZZ").param("choice", vote.proposal(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only people living in Eastfield, Northgate or postcodes "
                        + "MB1 can vote in")))
                .andExpect(content().string(containsString("value=\"ZZ9 9ZZ\"")));
        assertThat(ballotsIn(vote)).isZero();
        assertThat(jdbc.sql("select count(*) from pb_voter where process_id = ?").param(vote.id())
                .query(Long.class).single()).isZero();
        // A postcode in one of the process's postcode districts is enough.
        mvc.perform(post(ballotPath(vote)).with(csrf()).with(as(citizen)).param("age", "15").param("ward", "")
                        .param("postcode", "mb1 4aa").param("choice", vote.proposal(1)))
                .andExpect(status().is3xxRedirection());
        assertThat(ballotsIn(vote)).isEqualTo(1);
    }

    /** The visitor's session, as their browser keeps it: the cookie Tandem sets (sessions live in the database). */
    static final class SessionCookie implements org.springframework.test.web.servlet.request.RequestPostProcessor {
        private jakarta.servlet.http.Cookie cookie;

        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
                org.springframework.mock.web.MockHttpServletRequest request) {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        }

        org.springframework.test.web.servlet.ResultHandler keep() {
            return result -> {
                jakarta.servlet.http.Cookie set = result.getResponse().getCookie("TANDEM_SESSION");
                if (set != null) {
                    cookie = set;
                }
            };
        }
    }

    private static org.hamcrest.Matcher<String> matchesChecked(String proposalId) {
        return org.hamcrest.Matchers.matchesPattern("(?s).*value=\"" + proposalId + "\"[^>]*checked.*");
    }

    @Test
    void noBallotBeforeVotingOpensOrAfterItClosesAndNoneInAnotherOrganisationsProcess() throws Exception {
        BallotSteps.Vote early = steps.process(council, Eligibility.SIGNED_IN, AT_MOST_TWO,
                BallotSteps.Moment.NOT_YET_OPEN, false, false);
        BallotSteps.Vote late = steps.process(council, Eligibility.SIGNED_IN, AT_MOST_TWO, BallotSteps.Moment.CLOSED,
                false, false);
        mvc.perform(cast(early, early.proposal(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Voting has not opened yet: it runs from")));
        mvc.perform(cast(late, late.proposal(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(": ballots can no longer be cast or changed")));
        assertThat(ballotsIn(early) + ballotsIn(late)).isZero();

        BallotSteps.Vote open = steps.process(council, Eligibility.SIGNED_IN, AT_MOST_TWO, BallotSteps.Moment.OPEN,
                false, false);
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(elsewhere, Role.CITIZEN_CO_PRODUCER);
        mvc.perform(get("/o/" + elsewhere + "/pb-processes/" + open.id() + "/ballot").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/o/" + elsewhere + "/pb-processes/" + open.id() + "/ballot").with(csrf())
                        .with(as(outsider)).param("choice", open.proposal(1)).param("age", "15")
                        .param("ward", "Eastfield"))
                .andExpect(status().isNotFound());
        assertThat(ballotsIn(open)).isZero();
    }

    @Test
    void twoBallotsSentAtOnceForOneVoterLeaveExactlyOneBallot() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN, BallotSettings.DEFAULT,
                BallotSteps.Moment.OPEN, false, false);
        BallotPaper paper = ballots.paper(council, vote.id());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Voter voter = new Voter.SignedIn(UUID.randomUUID());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> sent = new ArrayList<>();
                for (int copy = 1; copy <= 2; copy++) {
                    String choice = vote.proposal(copy);
                    Callable<String> casting = () -> {
                        together.await();
                        try {
                            return ballots.cast(paper, voter, new Declaration("Eastfield", null, "15"), null,
                                    Map.of(choice, "1")).code();
                        } catch (ConflictException refused) {
                            return "refused";
                        }
                    };
                    sent.add(pool.submit(casting));
                }
                for (Future<String> each : sent) {
                    assertThat(each.get()).isNotNull();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ballotsIn(vote)).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from pb_voter where process_id = ?").param(vote.id())
                .query(Long.class).single()).isEqualTo(10);
        // The database itself refuses a second ballot with the same owner, whatever code might do.
        String owner = jdbc.sql("select owner_tag from pb_ballot where process_id = ? limit 1").param(vote.id())
                .query(String.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into pb_ballot (id, process_id, organisation_id, channel, owner_tag, receipt_id, choices)
                values (?, ?, ?, 'ONLINE', ?, ?, '1')""").params(UUID.randomUUID(), vote.id(), council, owner,
                "f".repeat(64)).update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void noBallotTableNorAuditEntryHoldsTheVotersIdEmailNameOrCode() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN, AT_MOST_TWO, BallotSteps.Moment.OPEN,
                false, false);
        mvc.perform(cast(vote, vote.proposal(1))).andExpect(status().is3xxRedirection());
        MvcResult changed = mvc.perform(cast(vote, vote.proposal(2))).andReturn();
        Receipt receipt = (Receipt) changed.getFlashMap().get("receipt");

        BallotSteps.Vote byCode = steps.process(council, Eligibility.VERIFICATION_CODE, AT_MOST_TWO,
                BallotSteps.Moment.OPEN, false, true);
        String code = processes.issueCodes(council, byCode.id(), 1).getFirst();
        SessionCookie session = new SessionCookie();
        String votePath = "/public/o/" + council + "/pb-processes/" + byCode.id() + "/vote";
        mvc.perform(post(votePath).with(csrf()).with(session).param("code", code)).andDo(session.keep())
                .andExpect(redirectedUrl(votePath + "/ballot"));
        mvc.perform(post(votePath + "/ballot").with(csrf()).with(session).param("choice", byCode.proposal(3)))
                .andExpect(redirectedUrl(votePath + "/receipt"));

        String personId = demo.person(citizen).toString();
        List<String> secrets = List.of(personId, citizen, nameOf(citizen), code, code.replace("-", ""),
                receipt.code(), receipt.code().replace("-", ""), "127.0.0.1");
        for (String table : List.of("pb_ballot", "pb_voter", "pb_paper_entry", "pb_paper_sheet")) {
            for (UUID process : List.of(vote.id(), byCode.id())) {
                for (Map<String, Object> row : jdbc.sql("select * from " + table + " where process_id = ?")
                        .param(process).query().listOfRows()) {
                    for (Object value : row.values()) {
                        assertThat(String.valueOf(value).toLowerCase()).as(table)
                                .doesNotContain(secrets.stream().map(String::toLowerCase).toList());
                    }
                }
            }
        }
        List<Map<String, Object>> audit = jdbc.sql("select * from audit_event where organisation_id = ? and action = ?")
                .params(council, "prioritisation.ballot-cast").query().listOfRows();
        assertThat(audit).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.get("actor_id")).isNull();
            assertThat(entry.get("remote_address")).isNull();
            assertThat(entry.get("summary").toString()).startsWith("A ballot was cast in ");
            for (Object value : entry.values()) {
                assertThat(String.valueOf(value).toLowerCase())
                        .doesNotContain(secrets.stream().map(String::toLowerCase).toList());
            }
        });
    }

    @Test
    void theProcessPageShowsTurnoutButNoRunningTotalsAndThePublicPageSaysHowToVote() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN, AT_MOST_TWO, BallotSteps.Moment.OPEN,
                false, true);
        mvc.perform(cast(vote, vote.proposal(1), vote.proposal(2))).andExpect(status().is3xxRedirection());
        String officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        mvc.perform(get("/o/" + council + "/pb-processes/" + vote.id()).with(as(officer)))
                .andExpect(content().string(containsString("1 ballot cast so far: 1 online, 0 on paper.")))
                .andExpect(content().string(containsString("stays sealed until voting closes")))
                .andExpect(content().string(containsString("Paper ballots")));
        mvc.perform(get("/api/v1/organisations/" + council + "/pb-processes/" + vote.id() + "/turnout")
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"online\": 1, \"paper\": 0, \"total\": 1, \"votingOpen\": true}"));
        mvc.perform(get("/api/v1/organisations/" + council + "/pb-processes/" + vote.id() + "/turnout")
                        .with(as(citizen)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + vote.id()))
                .andExpect(content().string(containsString("How to vote")))
                .andExpect(content().string(containsString("Sign in and vote")));
    }

    @Test
    void guessingCodesFromOneAddressIsStoppedForAWhileAndOthersVoteOn() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.VERIFICATION_CODE, AT_MOST_TWO,
                BallotSteps.Moment.OPEN, false, true);
        List<String> codes = processes.issueCodes(council, vote.id(), 2);
        String votePath = "/public/o/" + council + "/pb-processes/" + vote.id() + "/vote";
        RequestPostProcessor script = from("198.51.100.7");
        for (int guess = 0; guess < 20; guess++) {
            mvc.perform(post(votePath).with(csrf()).with(script).param("code", "AAAA-BBBB-" + (1000 + guess)))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post(votePath).with(csrf()).with(script).param("code", codes.get(0)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many codes that are not for this vote were typed "
                        + "from your connection. Try again after")));
        mvc.perform(post(votePath).with(csrf()).with(from("198.51.100.8")).param("code", codes.get(1)))
                .andExpect(redirectedUrl(votePath + "/ballot"));
        // The refused right code was not used up: its holder can still vote from elsewhere.
        mvc.perform(post(votePath).with(csrf()).with(from("198.51.100.9")).param("code", codes.get(0)))
                .andExpect(redirectedUrl(votePath + "/ballot"));
    }

    @Test
    void aPaperCodeLetsItsHolderVoteAndChangeTheirVoteButNeverCastTwo() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.VERIFICATION_CODE, AT_MOST_TWO,
                BallotSteps.Moment.OPEN, false, true);
        String code = processes.issueCodes(council, vote.id(), 1).getFirst();
        String votePath = "/public/o/" + council + "/pb-processes/" + vote.id() + "/vote";
        mvc.perform(get(votePath + "/ballot")).andExpect(redirectedUrl(votePath));
        mvc.perform(post(votePath).with(csrf()).param("code", "AAAA-BBBB-CCCC"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That is not a code for this vote")));
        for (String choice : List.of(vote.proposal(1), vote.proposal(2))) {
            SessionCookie session = new SessionCookie();
            mvc.perform(post(votePath).with(csrf()).with(session).param("code", code.toLowerCase())).andDo(session.keep())
                    .andExpect(redirectedUrl(votePath + "/ballot"));
            mvc.perform(get(votePath + "/ballot").with(session))
                    .andExpect(content().string(containsString("Music studio")));
            mvc.perform(post(votePath + "/ballot").with(csrf()).with(session).param("choice", choice))
                    .andExpect(redirectedUrl(votePath + "/receipt"));
        }
        assertThat(jdbc.sql("select choices from pb_ballot where process_id = ?").param(vote.id())
                .query(String.class).list()).containsExactly("2");
        // Signed-in members use the code too: the organisation's own ballot page refuses them.
        mvc.perform(post(ballotPath(vote)).with(csrf()).with(as(citizen)).param("choice", vote.proposal(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This vote uses the codes posted to residents")));
        assertThat(ballotsIn(vote)).isEqualTo(1);
    }
}
