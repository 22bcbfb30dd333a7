package org.tandem.prioritisation.counting;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.prioritisation.counting.Instances.GREEDY;
import static org.tandem.prioritisation.counting.Instances.MES;
import static org.tandem.prioritisation.counting.Instances.MES_ADD1;
import static org.tandem.prioritisation.counting.Instances.MES_COST_ADD1;
import static org.tandem.prioritisation.counting.Instances.approvals;
import static org.tandem.prioritisation.counting.Instances.winners;

/** The awkward cases a real vote throws up are counted the documented way, and explained. */
class EdgeCasesTest {

    @Test
    void equalSupportGoesToTheCheaperProjectThenTheEarlierProposal() {
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 100)
                .project("dearer", "Dearer", 80).project("cheaper", "Cheaper", 60).project("twin", "Twin", 60)
                .ballot("a", List.of("dearer", "cheaper", "twin")).ballot("b", List.of("dearer", "cheaper", "twin"))
                .build();

        assertThat(winners(instance, GREEDY)).containsExactly("cheaper");
        assertThat(winners(instance, MES_ADD1)).containsExactly("cheaper");
        CountResult result = Counting.count(instance, GREEDY);
        assertThat(result.outcome("twin").verdict()).isEqualTo(Verdict.LOST_NOT_ENOUGH_LEFT);
        assertThat(result.outcome("twin").explanation()).contains("only 40 of the budget was left");
    }

    @Test
    void moreSupportersWinATieInPriceBeforeCost() {
        // Both cost their supporters 30 each; the one with three supporters wins the tie although it costs more.
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 120)
                .project("small", "Small", 60).project("large", "Large", 90)
                .ballot("a", List.of("small", "large")).ballot("b", List.of("small", "large"))
                .ballot("c", List.of("large")).ballot("d", List.of())
                .build();

        CountResult result = Counting.count(instance, MES);

        assertThat(result.winnerIds().getFirst()).isEqualTo("large");
        assertThat(result.outcome("large").pricePerSupporter()).isEqualTo(Rational.of(30));
    }

    @Test
    void aBudgetUsedExactlyToThePennyFundsTheLastProject() {
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 300)
                .project("one", "One", 100).project("two", "Two", 200)
                .ballot("a", List.of("one", "two")).ballot("b", List.of("two")).ballot("c", List.of("one", "two"))
                .build();

        for (CountingMethod method : List.of(GREEDY, MES, MES_ADD1, MES_COST_ADD1)) {
            CountResult result = Counting.count(instance, method);
            assertThat(result.winnerIdsInProposalOrder()).as(method.label()).containsExactly("one", "two");
            assertThat(result.budgetLeft()).as(method.label()).isZero();
        }
    }

    @Test
    void aProjectCostingMoreThanTheWholeBudgetIsPassedOverAndTheCountCarriesOn() {
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 1000)
                .project("stadium", "Stadium", 5000).project("park", "Park", 400).project("bins", "Bins", 300)
                .ballot("a", List.of("stadium", "park", "bins")).ballot("b", List.of("stadium", "park"))
                .ballot("c", List.of("stadium"))
                .build();

        CountResult greedy = Counting.count(instance, GREEDY);
        assertThat(greedy.winnerIdsInProposalOrder()).containsExactly("park", "bins");
        assertThat(greedy.outcome("stadium").verdict()).isEqualTo(Verdict.LOST_COSTS_MORE_THAN_BUDGET);
        assertThat(greedy.outcome("stadium").explanation())
                .isEqualTo("Not funded: it costs 5,000, more than the whole budget of 1,000.");
        assertThat(Counting.count(instance, MES_ADD1).outcome("stadium").funded()).isFalse();
    }

    @Test
    void votersWithEmptyBallotsKeepTheirShareUnspentAndGreedyCompletionUsesIt() {
        PbInstance.Builder builder = PbInstance.builder(BallotKind.APPROVAL, 100)
                .project("garden", "Garden", 60);
        approvals(builder, "yes", 2, "garden");
        approvals(builder, "blank", 8);
        PbInstance instance = builder.build();

        // Two voters of ten hold 20 of the 100; equal shares alone cannot buy a 60 garden.
        assertThat(winners(instance, MES)).isEmpty();
        CountResult add1 = Counting.count(instance, MES_ADD1);
        assertThat(add1.winnerIds()).containsExactly("garden");
        assertThat(add1.outcome("garden").verdict()).isIn(Verdict.FUNDED_BY_EQUAL_SHARES,
                Verdict.FUNDED_BY_COMPLETION);
        assertThat(add1.votersWithAWinner()).isEqualTo(2);
        assertThat(add1.shareOfVotersWithAWinner()).isEqualTo(Rational.of(1, 5));
    }

    @Test
    void aSupportedProjectThatCostsNothingIsFundedAndOneNobodyWantsIsNot() {
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 50)
                .project("free", "Volunteer litter pick", 0).project("unwanted", "Nobody's idea", 0)
                .project("paid", "Paid", 50)
                .ballot("a", List.of("free", "paid")).ballot("b", List.of("paid"))
                .build();

        for (CountingMethod method : List.of(GREEDY, MES, MES_ADD1)) {
            CountResult result = Counting.count(instance, method);
            assertThat(result.winnerIdsInProposalOrder()).as(method.label()).containsExactly("free", "paid");
            assertThat(result.outcome("free").verdict()).isEqualTo(Verdict.FUNDED_FREE);
            assertThat(result.outcome("unwanted").verdict()).isEqualTo(Verdict.LOST_NO_SUPPORT);
            assertThat(result.outcome("unwanted").explanation()).isEqualTo("Not funded: nobody voted for it.");
        }
    }

    @Test
    void aCountWithNoVotersFundsNothingAndSaysWhy() {
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 100).project("p", "P", 10).build();

        for (CountingMethod method : List.of(GREEDY, MES_ADD1)) {
            CountResult result = Counting.count(instance, method);
            assertThat(result.winners()).isEmpty();
            assertThat(result.shareOfVotersWithAWinner()).isEqualTo(Rational.ZERO);
            assertThat(result.outcome("p").verdict()).isEqualTo(Verdict.LOST_NO_SUPPORT);
        }
    }

    @Test
    void pricesThatDoNotDivideStayExactAndPaymentsAddUpToTheCost() {
        // Three supporters share a cost of 100: 100/3 each, never 33.33.
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 300)
                .project("p", "P", 100).project("q", "Q", 100)
                .ballot("a", List.of("p")).ballot("b", List.of("p", "q")).ballot("c", List.of("p", "q"))
                .build();

        CountResult result = Counting.count(instance, MES);

        ProjectOutcome p = result.outcome("p");
        assertThat(p.pricePerSupporter()).isEqualTo(Rational.of(100, 3));
        assertThat(p.payments().total()).isEqualTo(Rational.of(100));
        assertThat(p.explanation()).contains("33.33 (exactly 100/3)");
        // b and c have 200/3 left each: q at 50 each fits.
        assertThat(result.outcome("q").payments().paidBy(1)).isEqualTo(Rational.of(50));
    }

    @Test
    void cumulativeBallotsShareTheCostInProportionToThePointsGiven() {
        PbInstance instance = PbInstance.builder(BallotKind.CUMULATIVE, 200)
                .project("hall", "Hall", 90).project("pitch", "Pitch", 100)
                .ballot("a", List.of("hall", "pitch"), List.of(2, 1))
                .ballot("b", List.of("hall"), List.of(1))
                .build();

        CountResult result = Counting.count(instance, CountingMethod.equalShares(Utility.POINTS, Completion.NONE));

        // hall: ρ = 90 / 3 points = 30 per point; a pays 60, b pays 30.
        ProjectOutcome hall = result.outcome("hall");
        assertThat(hall.rho()).isEqualTo(Rational.of(30));
        assertThat(hall.payments().paidBy(0)).isEqualTo(Rational.of(60));
        assertThat(hall.payments().paidBy(1)).isEqualTo(Rational.of(30));
        assertThat(result.outcome("pitch").funded()).isFalse();
        // Greedy goes by points, hall (3) then pitch (1), and both fit.
        assertThat(winners(instance, GREEDY)).containsExactly("hall", "pitch");
    }

    @Test
    void ballotsThatCannotBeCountedAreRefusedWithTheReason() {
        PbInstance.Builder builder = PbInstance.builder(BallotKind.APPROVAL, 100).project("p", "P", 10);
        assertThatThrownBy(() -> builder.ballot("a", List.of("nope")))
                .hasMessage("Voter a votes for project nope, which is not in the instance");
        builder.ballot("a", List.of("p"));
        assertThatThrownBy(() -> builder.ballot("a", List.of("p"))).hasMessage("Voter a has more than one ballot");
        assertThatThrownBy(() -> builder.ballot("b", List.of("p", "p"))).hasMessage("Voter b names project p twice");
        assertThatThrownBy(() -> builder.project("p", "again", 5)).hasMessage("Project p appears twice");
        assertThatThrownBy(() -> builder.project("q", "Q", -1)).hasMessage("Project q has a negative cost (-1)");
        assertThatThrownBy(() -> PbInstance.builder(BallotKind.APPROVAL, -5))
                .hasMessage("The budget cannot be negative (-5)");
    }
}
