package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.AuditLog;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.CountResult;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.Utility;
import org.tandem.prioritisation.process.ProcessDetails;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.prioritisation.results.CountService;
import org.tandem.prioritisation.results.PbCount;
import org.tandem.support.TenantTest;

/**
 * From ballot box to results: the ballots residents cast in Tandem are counted in the app once voting has closed,
 * the file published is the ballot box's own, and a voter finds their ballot in it with their receipt code.
 */
class CountingCastBallotsTest extends TenantTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private BallotService ballots;
    @Autowired
    private BallotBox ballotBox;
    @Autowired
    private CountService counts;

    @Test
    void theBallotsCastAreCountedPublishedAndFoundByTheirReceipts() throws Exception {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        BallotSteps.Vote vote = new BallotSteps(processes, proposals).process(council, Eligibility.VERIFICATION_CODE,
                new BallotSettings(BallotType.APPROVAL, null, null, null, null, null, null), BallotSteps.Moment.OPEN,
                false, true);
        String base = "/o/" + council + "/pb-processes/" + vote.id() + "/results";
        mvc.perform(multipart(base + "/count").param("source", "CAST").param("method", "DEFAULT").with(csrf())
                        .with(as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot be counted until voting closes")));

        List<String> codes = processes.issueCodes(council, vote.id(), 5);
        BallotPaper paper = ballots.paper(council, vote.id());
        String firstReceipt = null;
        List<List<Integer>> marked = List.of(List.of(1, 3), List.of(1, 3), List.of(2), List.of(3), List.of(1));
        for (int v = 0; v < codes.size(); v++) {
            Voter voter = ballots.codeHolder(paper, codes.get(v));
            Map<String, String> choices = new LinkedHashMap<>();
            marked.get(v).forEach(n -> choices.put(vote.proposal(n), "1"));
            String receipt = ballots.cast(paper, voter, null, null, choices).code();
            firstReceipt = firstReceipt == null ? receipt : firstReceipt;
        }
        closeVoting(council, vote.process());

        mvc.perform(multipart(base + "/count").param("source", "CAST").param("method", "DEFAULT").with(csrf())
                        .with(as(officer)))
                .andExpect(status().is3xxRedirection());
        PbCount count = counts.latest(council, vote.id()).orElseThrow();
        assertThat(count.voters()).isEqualTo(5);
        CountResult expected = Counting.count(ballotBox.countedBallots(council, vote.id()).instance(),
                CountingMethod.equalShares(Utility.COST, Completion.ADD1));
        assertThat(count.findings().counted().winners()).extracting(w -> Integer.toString(w.number()))
                .containsExactlyInAnyOrderElementsOf(expected.winnerIds());

        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/public/o/" + council + "/pb-processes/" + vote.id() + "/results/receipt").with(csrf())
                        .param("receipt", firstReceipt.toLowerCase(Locale.ROOT)))
                .andExpect(content().string(containsString("Your ballot was counted")))
                .andExpect(content().string(containsString("1. Skate ramp")))
                .andExpect(content().string(containsString("3. Music studio")));

        // Counted, the ballots no longer say whose they are, and even voting opened again by its dates takes none.
        assertThat(jdbc.sql("select count(*) from pb_ballot where process_id = ? and owner_tag is not null")
                .param(vote.id()).query(Long.class).single()).isZero();
        assertThat(auditEvents(council, "prioritisation.voters-unlinked")).isEqualTo(1);
        PbProcessView counted = processes.view(council, vote.id());
        processes.update(council, counted.id(), counted.version(), new ProcessDetails(null, counted.title(),
                counted.description(), counted.budget(), List.of(), BallotSteps.phases(processes.today(), 21),
                counted.eligibility(), counted.eligibleWards(), counted.eligiblePostcodes(), counted.minimumAge(),
                counted.published(), processes.ballotSettings(council, counted.id())));
        BallotPaper reopened = ballots.paper(council, vote.id());
        Voter again = ballots.codeHolder(reopened, codes.getFirst());
        assertThatThrownBy(() -> ballots.cast(reopened, again, null, null, Map.of(vote.proposal(2), "1")))
                .hasMessage("The ballots of " + counted.title() + " have been counted: ballots can no longer be "
                        + "cast or changed");
        assertThat(ballotBox.countedBallots(council, vote.id()).votes()).hasSize(5);
    }

    @Test
    void ballotsCastInAnAreaAreCountedAgainstThatAreasBudget() {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        BallotSteps.Vote vote = new BallotSteps(processes, proposals).process(council, Eligibility.VERIFICATION_CODE,
                new BallotSettings(BallotType.APPROVAL, null, null, null, null, null, null), BallotSteps.Moment.OPEN,
                true, true);
        String eastfield = vote.process().districts().getFirst().id().toString();
        List<String> codes = processes.issueCodes(council, vote.id(), 4);
        BallotPaper paper = ballots.paper(council, vote.id());
        List<List<Integer>> marked = List.of(List.of(1, 2), List.of(1, 3), List.of(1), List.of(1));
        List<String> receipts = new ArrayList<>();
        for (int v = 0; v < codes.size(); v++) {
            Map<String, String> choices = new LinkedHashMap<>();
            marked.get(v).forEach(n -> choices.put(vote.proposal(n), "1"));
            receipts.add(ballots.cast(paper, ballots.codeHolder(paper, codes.get(v)), null, eastfield, choices)
                    .code());
        }
        closeVoting(council, vote.process());

        PbCount count = counts.countCastBallots(new AuditLog.Actor(null, "Officer"), council,
                vote.id(), null);
        // Eastfield's £20,000 buys its skate ramp; what is left of the £60,000 is for the projects for all areas,
        // voted on by the two who chose one of them.
        assertThat(count.findings().areas()).extracting(a -> a.name() + " £" + a.budget() + " " + a.voters())
                .containsExactly("Eastfield £20000 4", "All areas £40000 2");
        assertThat(count.findings().areas().getFirst().equalShares().winners()).extracting(w -> w.number())
                .containsExactly(1);
        assertThat(count.findings().counted().votersWithAWinner()).isEqualTo(4);
        assertThat(counts.checkReceipt(count, receipts.get(1)).choices())
                .containsExactly("1. Skate ramp", "3. Music studio");
    }

    /** Moves the process's dates on, as the calendar would, so that voting has closed and counting runs. */
    private void closeVoting(UUID council, PbProcessView open) {
        PbProcessView now = processes.view(council, open.id());
        processes.update(council, now.id(), now.version(), new ProcessDetails(null, now.title(), now.description(),
                now.budget(), now.districts().stream().map(d -> new ProcessDetails.DistrictBudget(d.name(), d.budget()))
                .toList(), BallotSteps.phases(processes.today(), 31), now.eligibility(),
                now.eligibleWards(), now.eligiblePostcodes(), now.minimumAge(), now.published(),
                processes.ballotSettings(council, now.id())));
    }
}
