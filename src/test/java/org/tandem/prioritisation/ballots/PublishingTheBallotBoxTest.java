package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationKind;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.pabulib.PabulibFile;
import org.tandem.prioritisation.pabulib.PabulibValidator;
import org.tandem.prioritisation.pabulib.PabulibWriter;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/** The counted ballots as the Pabulib file the results are counted from and published. */
class PublishingTheBallotBoxTest extends TenantTest {

    @Autowired
    private ProcessService processes;

    @Autowired
    private ProposalService proposals;

    @Autowired
    private BallotService ballots;

    @Autowired
    private BallotBox box;

    private BallotSteps steps;
    private UUID council;

    @BeforeEach
    void ownCouncil() {
        steps = new BallotSteps(processes, proposals);
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY, unique("Millbrook; Borough Council"));
    }

    private Receipt cast(BallotSteps.Vote vote, Voter voter, String district, Map<String, String> marks) {
        return ballots.cast(ballots.paper(council, vote.id()), voter, new Declaration("Eastfield", null, "15"),
                district, marks);
    }

    @Test
    void aPointsVoteWithAnAreaIsAValidFileHoldingEachVotersLastBallotUnderTheirReceipt() {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN,
                new BallotSettings(BallotType.CUMULATIVE, null, null, null, 10, null, null), BallotSteps.Moment.OPEN,
                true, false);
        String eastfield = vote.process().districts().getFirst().id().toString();
        Voter jordan = new Voter.SignedIn(UUID.randomUUID());
        Voter amira = new Voter.SignedIn(UUID.randomUUID());
        cast(vote, jordan, eastfield, Map.of(vote.proposal(2), "10"));
        Receipt jordansLast = cast(vote, jordan, eastfield, Map.of(vote.proposal(1), "7", vote.proposal(3), "3"));
        Receipt amiras = cast(vote, amira, eastfield, Map.of(vote.proposal(2), "4"));

        PabulibFile file = box.countedBallots(council, vote.id());

        assertThat(file.meta()).containsEntry("country", "United Kingdom")
                .containsEntry("unit", jdbc.sql("select name from organisation where id = ?").param(council)
                        .query(String.class).single())
                .containsEntry("instance", vote.process().title())
                .containsEntry("description", "Young people decide")
                .containsEntry("num_projects", "3").containsEntry("num_votes", "2")
                .containsEntry("budget", "60000").containsEntry("vote_type", "cumulative")
                .containsEntry("max_sum_points", "10").doesNotContainKey("rule");
        assertThat(file.projectColumns()).containsExactly("project_id", "cost", "name", "district");
        assertThat(file.projects()).containsExactly(List.of("1", "12000", "Skate ramp", "Eastfield"),
                List.of("2", "30000", "Youth club", "All areas"), List.of("3", "9001", "Music studio", "All areas"));
        assertThat(file.voteColumns()).containsExactly("voter_id", "vote", "points", "district");
        assertThat(file.votes()).containsExactlyInAnyOrder(
                List.of(BallotBox.receiptId(jordansLast.code()), "1,3", "7,3", "Eastfield"),
                List.of(BallotBox.receiptId(amiras.code()), "2", "4", "Eastfield"));
        assertThat(file.instance().voterCount()).isEqualTo(2);
        assertThat(file.instance().score(0)).isEqualTo(7);

        StringWriter written = new StringWriter();
        PabulibWriter.write(file, written);
        assertThat(PabulibValidator.validate(new StringReader(written.toString()))).isEmpty();
    }

    @Test
    void aRankingKeepsTheVotersOrderAndAReceiptTypedLooselyFindsItsBallot() {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN,
                new BallotSettings(BallotType.RANKING, null, null, null, null, null, 3), BallotSteps.Moment.OPEN,
                false, false);
        Receipt receipt = cast(vote, new Voter.SignedIn(UUID.randomUUID()), null,
                Map.of(vote.proposal(3), "1", vote.proposal(1), "2"));
        PabulibFile file = box.countedBallots(council, vote.id());
        assertThat(file.meta()).containsEntry("vote_type", "ordinal").containsEntry("max_length", "3");
        String typed = receipt.code().toLowerCase().replace("-", " ");
        assertThat(file.votes()).containsExactly(List.of(BallotBox.receiptId(typed), "3,1"));
        StringWriter written = new StringWriter();
        PabulibWriter.write(file, written);
        assertThat(PabulibValidator.validate(new StringReader(written.toString()))).isEmpty();
    }

    @Test
    void aWithinBudgetVoteStatesItsLimitsOnlyWhereRoundingCannotMakeAValidBallotLookInvalid() {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN,
                new BallotSettings(BallotType.COST_LIMITED, null, null, 50, null, null, null),
                BallotSteps.Moment.OPEN, false, false);
        cast(vote, new Voter.SignedIn(UUID.randomUUID()), null, Map.of(vote.proposal(2), "1", vote.proposal(3), "1"));
        PabulibFile file = box.countedBallots(council, vote.id());
        // The music studio costs £9,000.50, so whole-pound costs could add up to more than the budget.
        assertThat(file.meta()).containsEntry("vote_type", "approval").containsEntry("min_sum_cost", "30000")
                .doesNotContainKey("max_sum_cost");
        StringWriter written = new StringWriter();
        PabulibWriter.write(file, written);
        assertThat(PabulibValidator.validate(new StringReader(written.toString()))).isEmpty();
    }

    @Test
    void anotherOrganisationsProcessIsNotFound() {
        BallotSteps.Vote vote = steps.process(council, Eligibility.SIGNED_IN, BallotSettings.DEFAULT,
                BallotSteps.Moment.OPEN, false, false);
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        assertThatThrownBy(() -> box.countedBallots(elsewhere, vote.id())).isInstanceOf(NotFoundException.class);
        assertThat(box.countedBallots(council, vote.id()).meta()).containsEntry("num_votes", "0");
    }
}
