package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/** Paper ballots: two independent entries per sheet, reconciled, a supervisor settling mismatches. */
class EnteringPaperBallotsTest extends TenantTest {

    @Autowired
    private ProcessService processes;

    @Autowired
    private ProposalService proposals;

    @Autowired
    private BallotBox box;

    private UUID council;
    private String first;
    private String second;
    private String supervisor;
    private BallotSteps.Vote vote;
    private String path;

    @BeforeEach
    void votingWithPaper() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        first = newPerson("Priya Officer", council, Role.COMMISSIONING_OFFICER);
        second = newPerson("Sam Officer", council, Role.COMMISSIONING_OFFICER);
        supervisor = newPerson("Chris Commissioner", council, Role.COMMISSIONER);
        vote = new BallotSteps(processes, proposals).process(council, Eligibility.SIGNED_IN,
                new BallotSettings(BallotType.APPROVAL, null, 2, null, null, null, null), BallotSteps.Moment.OPEN,
                false, false);
        path = "/o/" + council + "/pb-processes/" + vote.id() + "/paper-ballots";
    }

    private ResultActions enter(String officer, String sheet, int... numbers) throws Exception {
        var request = post(path).with(csrf()).with(as(officer)).param("sheet", sheet);
        for (int number : numbers) {
            request.param("choice", vote.proposal(number));
        }
        return mvc.perform(request);
    }

    private long paperBallots() {
        return jdbc.sql("select count(*) from pb_ballot where process_id = ? and channel = 'PAPER'")
                .param(vote.id()).query(Long.class).single();
    }

    @Test
    void aSheetCountsOnceTwoDifferentOfficersAgreeAndAMismatchWaitsForASupervisor() throws Exception {
        enter(first, "1", 1, 3).andExpect(flash().attribute("flash",
                "Sheet 1 entered. Entered once: waiting for a second officer"));
        enter(first, "1", 1, 3).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You have entered sheet 1 already: a different officer "
                        + "must enter it the second time")));
        assertThat(paperBallots()).isZero();
        enter(second, "1", 3, 1).andExpect(flash().attribute("flash", "Sheet 1 entered. Both entries agree: counted"));
        assertThat(paperBallots()).isEqualTo(1);

        enter(first, "2", 1);
        enter(second, "2", 2).andExpect(flash().attribute("flash",
                "Sheet 2 entered. The entries differ: a supervisor must read the sheet"));
        assertThat(paperBallots()).isEqualTo(1);
        String third = newPerson(council, Role.COMMISSIONING_OFFICER);
        enter(third, "2", 2).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("a supervisor (a commissioner) must read the sheet")));
        mvc.perform(get(path).with(as(first)))
                .andExpect(content().string(containsString("Entry 1 by Priya Officer: 1. Skate ramp")))
                .andExpect(content().string(containsString("Entry 2 by Sam Officer: 2. Youth club")))
                .andExpect(content().string(containsString("The entries differ")));
        enter(supervisor, "2", 2).andExpect(flash().attribute("flash",
                "Sheet 2 entered. Settled by a supervisor: counted"));
        enter(supervisor, "1", 2).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Sheet 1 has been counted already")));

        assertThat(paperBallots()).isEqualTo(2);
        assertThat(box.countedBallots(council, vote.id()).votes()).extracting(v -> v.get(1))
                .containsExactlyInAnyOrder("1,3", "2");
    }

    @Test
    void paperBallotsKeepTheSameRulesAndOnlyOfficersEnterThem() throws Exception {
        enter(first, "3", 1, 2, 3).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You chose 3 projects: choose at most 2 projects")));
        enter(first, "none", 1).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the sheet number printed on the ballot paper")));
        String citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
        mvc.perform(get(path).with(as(citizen))).andExpect(status().isForbidden());
        enter(citizen, "4", 1).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from pb_paper_entry where process_id = ?").param(vote.id())
                .query(Long.class).single()).isZero();
    }
}
