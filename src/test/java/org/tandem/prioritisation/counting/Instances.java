package org.tandem.prioritisation.counting;

import java.util.List;

/** Small instances written out by hand for the worked examples and edge cases. */
final class Instances {

    private Instances() {
    }

    /** Approval ballots: {@code voters} voters all approving the same projects. */
    static void approvals(PbInstance.Builder builder, String voterPrefix, int voters, String... projectIds) {
        for (int voter = 1; voter <= voters; voter++) {
            builder.ballot(voterPrefix + voter, List.of(projectIds));
        }
    }

    static List<String> winners(PbInstance instance, CountingMethod method) {
        return Counting.count(instance, method).winnerIdsInProposalOrder();
    }

    static final CountingMethod GREEDY = CountingMethod.greedy();
    static final CountingMethod MES = CountingMethod.equalShares(Utility.CARDINALITY, Completion.NONE);
    static final CountingMethod MES_ADD1 = CountingMethod.equalShares(Utility.CARDINALITY, Completion.ADD1);
    static final CountingMethod MES_COST = CountingMethod.equalShares(Utility.COST, Completion.NONE);
    static final CountingMethod MES_COST_ADD1 = CountingMethod.equalShares(Utility.COST, Completion.ADD1);
}
