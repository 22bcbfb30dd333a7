package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * A voter with a paper code who votes at a polling station is checked in first: their code then votes online no
 * more and any ballot it cast online is withdrawn, so nobody votes both online and on paper.
 */
class CheckingInVotersTest extends TenantTest {

    private static final BallotSettings UP_TO_TWO = new BallotSettings(BallotType.APPROVAL, null, 2, null, null,
            null, null);

    @Autowired
    private ProcessService processes;

    @Autowired
    private ProposalService proposals;

    private BallotSteps steps;
    private UUID council;
    private String officer;

    @BeforeEach
    void council() {
        steps = new BallotSteps(processes, proposals);
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson("Priya Officer", council, Role.COMMISSIONING_OFFICER);
    }

    private String paperPath(BallotSteps.Vote vote) {
        return "/o/" + council + "/pb-processes/" + vote.id() + "/paper-ballots";
    }

    private String votePath(BallotSteps.Vote vote) {
        return "/public/o/" + council + "/pb-processes/" + vote.id() + "/vote";
    }

    private ResultActions checkIn(String person, BallotSteps.Vote vote, String code) throws Exception {
        return mvc.perform(post(paperPath(vote) + "/check-in").with(csrf()).with(as(person)).param("code", code));
    }

    private void voteOnline(BallotSteps.Vote vote, String code, int proposal) throws Exception {
        CastingBallotsTest.SessionCookie session = new CastingBallotsTest.SessionCookie();
        mvc.perform(post(votePath(vote)).with(csrf()).with(session).param("code", code)).andDo(session.keep())
                .andExpect(redirectedUrl(votePath(vote) + "/ballot"));
        mvc.perform(post(votePath(vote) + "/ballot").with(csrf()).with(session)
                        .param("choice", vote.proposal(proposal)))
                .andExpect(redirectedUrl(votePath(vote) + "/receipt"));
    }

    private long onlineBallots(BallotSteps.Vote vote) {
        return jdbc.sql("select count(*) from pb_ballot where process_id = ? and channel = 'ONLINE'")
                .param(vote.id()).query(Long.class).single();
    }

    private long register(BallotSteps.Vote vote) {
        return jdbc.sql("select count(*) from pb_voter where process_id = ?").param(vote.id()).query(Long.class)
                .single();
    }

    @Test
    void aCheckedInCodeVotesOnPaperOnlyAndTheBallotItCastOnlineNoLongerCounts() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.VERIFICATION_CODE, UP_TO_TWO,
                BallotSteps.Moment.OPEN, false, true);
        List<String> codes = processes.issueCodes(council, vote.id(), 2);
        voteOnline(vote, codes.get(0), 1);
        assertThat(onlineBallots(vote)).isEqualTo(1);

        checkIn(officer, vote, codes.get(0).toLowerCase()).andExpect(flash().attribute("flash",
                "Checked in: hand the voter a ballot paper. Their code can no longer vote online, and any ballot it "
                        + "cast online no longer counts."));
        assertThat(onlineBallots(vote)).isZero();
        mvc.perform(post(votePath(vote)).with(csrf()).param("code", codes.get(0)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This code was checked in at a polling station, so its "
                        + "holder votes on paper there: it cannot vote online as well")));
        checkIn(officer, vote, codes.get(0)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This code has been checked in already")));

        checkIn(officer, vote, codes.get(1)).andExpect(status().is3xxRedirection());
        mvc.perform(post(votePath(vote)).with(csrf()).param("code", codes.get(1)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(paperPath(vote)).with(as(officer)))
                .andExpect(content().string(containsString("Voters checked in at polling stations: 2.")));
        assertThat(auditEvents(council, "prioritisation.voter-checked-in")).isEqualTo(2);
        List<String> audited = jdbc.sql("select summary from audit_event where organisation_id = ? and action = ?")
                .params(council, "prioritisation.voter-checked-in").query(String.class).list();
        assertThat(audited).allSatisfy(summary -> assertThat(summary)
                .isEqualTo("A voter was checked in to vote on paper in " + vote.process().title())
                .doesNotContain(codes.get(0)).doesNotContain(codes.get(1)));
    }

    @Test
    void wrongCodesOtherVotesClosedVotingWrongRolesAndOtherCouncilsAreRefusedAndNothingIsNoted() throws Exception {
        BallotSteps.Vote vote = steps.process(council, Eligibility.VERIFICATION_CODE, UP_TO_TWO,
                BallotSteps.Moment.OPEN, false, true);
        String code = processes.issueCodes(council, vote.id(), 1).getFirst();
        checkIn(officer, vote, "AAAA-BBBB-CCCC").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That is not a code for this vote")));
        checkIn(officer, vote, "<script>alert(1)</script>' or 1=1 --").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That is not a code for this vote")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
        checkIn(officer, vote, " ").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Type in the code from the voter")));

        String panel = newPerson(council, Role.PANEL_MEMBER);
        checkIn(panel, vote, code).andExpect(status().isForbidden());
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(elsewhere, Role.COMMISSIONER);
        mvc.perform(post("/o/" + elsewhere + "/pb-processes/" + vote.id() + "/paper-ballots/check-in").with(csrf())
                .with(as(outsider)).param("code", code)).andExpect(status().isNotFound());
        assertThat(register(vote)).isZero();

        BallotSteps.Vote signedIn = steps.process(council, Eligibility.SIGNED_IN, UP_TO_TWO,
                BallotSteps.Moment.OPEN, false, true);
        checkIn(officer, signedIn, code).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Voters are checked in by the codes posted to them")));
        mvc.perform(get(paperPath(signedIn)).with(as(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Check in a voter"))));

        BallotSteps.Vote closed = steps.process(council, Eligibility.VERIFICATION_CODE, UP_TO_TWO,
                BallotSteps.Moment.CLOSED, false, true);
        String late = processes.issueCodes(council, closed.id(), 1).getFirst();
        checkIn(officer, closed, late).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Voting closed on")));
        assertThat(register(closed)).isZero();
        // The refused code was not used up: its holder can still vote online.
        voteOnline(vote, code, 2);
    }
}
