package org.tandem.prioritisation.counting;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.prioritisation.counting.Instances.GREEDY;
import static org.tandem.prioritisation.counting.Instances.MES;
import static org.tandem.prioritisation.counting.Instances.MES_ADD1;
import static org.tandem.prioritisation.counting.Instances.MES_COST;
import static org.tandem.prioritisation.counting.Instances.approvals;
import static org.tandem.prioritisation.counting.Instances.winners;

/** The worked examples published with the Method of Equal Shares count as their authors say they do. */
class PublishedExamplesTest {

    /**
     * The motivating example of the Method of Equal Shares (Wikipedia, "Method of Equal Shares", Motivation, after
     * Peters and Skowron): 51% of voters want ten red projects, 49% ten blue ones, and the money pays for ten.
     * Greedy gives the majority everything; equal shares gives each group what its share pays for, five and five.
     */
    @Test
    void aMajorityOf51PercentGetsHalfTheProjectsNotAllOfThem() {
        PbInstance.Builder builder = PbInstance.builder(BallotKind.APPROVAL, 1000);
        List<String> red = new ArrayList<>();
        List<String> blue = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            builder.project("red" + i, "Red " + i, 100);
            red.add("red" + i);
        }
        for (int i = 1; i <= 10; i++) {
            builder.project("blue" + i, "Blue " + i, 100);
            blue.add("blue" + i);
        }
        approvals(builder, "r", 51, red.toArray(String[]::new));
        approvals(builder, "b", 49, blue.toArray(String[]::new));
        PbInstance instance = builder.build();

        assertThat(winners(instance, GREEDY)).isEqualTo(red);
        // Each voter has 10; the 51 red voters hold 510 (five projects), the 49 blue voters 490 (four).
        assertThat(winners(instance, MES)).containsExactlyElementsOf(
                List.of("red1", "red2", "red3", "red4", "red5", "blue1", "blue2", "blue3", "blue4"));
        // With a share of 11 the blue voters hold 539: a fifth blue project, and the whole budget is used.
        CountResult add1 = Counting.count(instance, MES_ADD1);
        assertThat(add1.winnerIdsInProposalOrder()).isEqualTo(List.of("red1", "red2", "red3", "red4", "red5",
                "blue1", "blue2", "blue3", "blue4", "blue5"));
        assertThat(add1.add1Rounds()).isEqualTo(1);
        assertThat(add1.share()).isEqualTo(Rational.of(11));
        assertThat(add1.budgetUsed()).isEqualTo(1000);
    }

    /**
     * equalshares.net, "Explanation", main mechanism: with 1,000,000 to share among 100,000 voters each has 10, so
     * a project costing 10,000 with 500 votes (whose voters hold 5,000 between them) cannot be funded, while one
     * with 1,000 votes can, at 10 from each.
     */
    @Test
    void aProjectCostingMoreThanItsVotersSharesIsRemoved() {
        PbInstance.Builder builder = PbInstance.builder(BallotKind.APPROVAL, 1_000_000)
                .project("playground", "Playground", 10_000).project("library", "Library books", 10_000);
        approvals(builder, "p", 500, "playground");
        approvals(builder, "l", 1_000, "library");
        approvals(builder, "x", 98_500);
        PbInstance instance = builder.build();

        CountResult result = Counting.count(instance, MES);

        assertThat(result.winnerIds()).containsExactly("library");
        assertThat(result.outcome("library").pricePerSupporter()).isEqualTo(Rational.of(10));
        ProjectOutcome playground = result.outcome("playground");
        assertThat(playground.verdict()).isEqualTo(Verdict.LOST_SUPPORTERS_SHARES_TOO_SMALL);
        assertThat(playground.leftAmongSupporters()).isEqualTo(Rational.of(5_000));
        assertThat(playground.explanation()).contains("500 supporters had 5,000").contains("cost of 10,000");
    }

    /**
     * The example in the documentation of equalshares.net's reference implementation ("Computation"): three
     * voters, a budget of 150; p1 costs 100 (voters 1 and 2), p2 and p3 cost 50 (voter 1; voter 3). All three
     * start at a price of 50 per supporter; p1 wins the tie with more supporters, which leaves voter 1 nothing for
     * p2, and voter 3 buys p3.
     */
    @Test
    void theReferenceImplementationsExampleFundsP1AndP3() {
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 150)
                .project("p1", "p1", 100).project("p2", "p2", 50).project("p3", "p3", 50)
                .ballot("v1", List.of("p1", "p2")).ballot("v2", List.of("p1")).ballot("v3", List.of("p3"))
                .build();

        assertThat(winners(instance, MES)).containsExactly("p1", "p3");
        assertThat(winners(instance, MES_ADD1)).containsExactly("p1", "p3");
        assertThat(winners(instance, GREEDY)).containsExactly("p1", "p2");
    }

    /**
     * The two approval utilities of Peters, Pierczyński and Skowron, "Proportional participatory budgeting with
     * additive utilities" (NeurIPS 2021): with cost utilities a voter values a project by what it costs, so equal
     * shares leans to bigger projects; with cardinality utilities every approved project counts the same, so it
     * leans to more, cheaper ones. The instance is ours, worked by hand: four voters with 100 each.
     */
    @Test
    void costUtilitiesFundTheBigProjectCardinalityUtilitiesTheTwoSmallOnes() {
        PbInstance instance = PbInstance.builder(BallotKind.APPROVAL, 400)
                .project("A", "Sports hall", 300).project("B", "Bike racks", 100)
                .project("C", "Murals", 100).project("D", "Bench", 100)
                .ballot("v1", List.of("A", "B")).ballot("v2", List.of("A", "B"))
                .ballot("v3", List.of("A", "C")).ballot("v4", List.of("C", "D"))
                .build();

        // Cardinality: B and C cost 50 per supporter, A 100. B wins the tie with C on proposal order; then A's
        // supporters have 150 between them, D's supporter 50.
        CountResult cardinality = Counting.count(instance, MES);
        assertThat(cardinality.winnerIdsInProposalOrder()).containsExactly("B", "C");
        assertThat(cardinality.outcome("A").leftAmongSupporters()).isEqualTo(Rational.of(150));

        // Cost: ρ is 1/3 per unit of utility for A, 1/2 for B and C. After A, only voter 4 has money: C and D
        // both cost voter 4 everything (ρ = 1), and C wins that tie with more supporters. The budget is used up.
        CountResult cost = Counting.count(instance, MES_COST);
        assertThat(cost.winnerIds()).containsExactly("A", "C");
        assertThat(cost.outcome("A").rho()).isEqualTo(Rational.of(1, 3));
        assertThat(cost.outcome("A").pricePerSupporter()).isEqualTo(Rational.of(100));
        assertThat(cost.outcome("C").rho()).isEqualTo(Rational.ONE);
        assertThat(cost.outcome("C").payments().paidBy(2)).isEqualTo(Rational.ZERO);
        assertThat(cost.outcome("C").payments().paidBy(3)).isEqualTo(Rational.of(100));
        assertThat(cost.budgetUsed()).isEqualTo(400);
    }
}
