package org.tandem.prioritisation.results.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.prioritisation.results.CountFindings;
import org.tandem.prioritisation.results.PbCount;
import org.tandem.prioritisation.results.ProjectResult;
import org.tandem.prioritisation.results.RuleResult;

/**
 * A count in the API: the method, the ballot file's SHA-256 and the command that recounts it, the winners, every
 * project's outcome and both rules side by side; for a process counted area by area, each area's own count. Whole
 * pounds are numbers; exact fractions are {@code p/q} text.
 */
record ResultsJson(UUID processId, UUID countId, String method, String rule, String utility, String completion,
                   boolean published, Instant publishedAt, String publishReason, Instant countedAt, int voters,
                   String ballotsSha256, String recountCommand, long budget, long budgetUsed, long budgetLeft,
                   List<Integer> winners, List<ProjectJson> projects, ComparisonJson comparison,
                   List<AreaJson> areas) {

    record ProjectJson(int number, String title, String district, long cost, int supporters, long score,
                       boolean funded, int fundedOrder, String verdict, String rho, String pricePerSupporter,
                       List<ProjectResult.Payment> payments, String explanation) {
        static ProjectJson of(ProjectResult p) {
            return new ProjectJson(p.number(), p.title(), p.district(), p.cost(), p.supporters(), p.score(),
                    p.funded(), p.fundedOrder(), p.verdict(), p.rho(), p.pricePerSupporter(), p.payments(),
                    p.explanation());
        }
    }

    record RuleJson(String method, int votersWithAWinner, String shareOfVotersWithAWinner, long budgetUsed,
                    int projectsFunded, List<Integer> winners) {
        static RuleJson of(RuleResult r) {
            return new RuleJson(r.label(), r.votersWithAWinner(), r.shareOfVotersWithAWinner(), r.budgetUsed(),
                    r.winners().size(), r.winners().stream().map(ProjectResult::number).toList());
        }
    }

    /**
     * One area of a process counted area by area: its budget, the ballots that chose its projects, the counted
     * rule's totals and winners, its own ballot file's SHA-256, and both rules side by side.
     */
    record AreaJson(String name, long budget, int voters, long budgetUsed, long budgetLeft, String share,
                    int add1Rounds, List<Integer> winners, String ballotsSha256, RuleJson greedy,
                    RuleJson equalShares) {
        static AreaJson of(CountFindings.AreaFindings a, CountFindings f) {
            RuleResult counted = a.counted(f.countedBy());
            return new AreaJson(a.name(), a.budget(), a.voters(), counted.budgetUsed(), counted.budgetLeft(),
                    counted.share(), counted.add1Rounds(),
                    counted.winners().stream().map(ProjectResult::number).toList(), a.ballotsSha256(),
                    RuleJson.of(a.greedy()), RuleJson.of(a.equalShares()));
        }
    }

    record ComparisonJson(RuleJson greedy, RuleJson equalShares, List<Integer> fundedOnlyByEqualShares,
                          List<Integer> fundedOnlyByGreedy) {
    }

    static ResultsJson of(PbCount count) {
        CountFindings f = count.findings();
        RuleResult counted = f.counted();
        return new ResultsJson(count.processId(), count.id(), counted.label(), count.method().rule().code(),
                count.method().utility().code(), count.method().completion().code(), count.published(),
                count.publishedAt(), count.publishReason(), count.countedAt(), count.voters(), count.ballotsSha256(),
                count.recountCommand(), counted.budget(), counted.budgetUsed(), counted.budgetLeft(),
                counted.winners().stream().map(ProjectResult::number).toList(),
                counted.projects().stream().map(ProjectJson::of).toList(),
                new ComparisonJson(RuleJson.of(f.greedy()), RuleJson.of(f.equalShares()),
                        f.fundedOnlyByEqualShares().stream().map(ProjectResult::number).toList(),
                        f.fundedOnlyByGreedy().stream().map(ProjectResult::number).toList()),
                f.areas().stream().map(a -> AreaJson.of(a, f)).toList());
    }
}
