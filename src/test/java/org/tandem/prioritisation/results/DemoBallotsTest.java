package org.tandem.prioritisation.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.counting.RuleComparison;
import org.tandem.prioritisation.counting.Utility;
import org.tandem.prioritisation.pabulib.PabulibReader;
import org.tandem.prioritisation.pabulib.PabulibValidator;

/**
 * The demo's Youth Fund 2026 ballots are the generator's, a valid Pabulib file, and a vote on which greedy and
 * equal shares fund different projects, which is what the demo's results page and the guide show.
 */
class DemoBallotsTest {

    private static final Path FILE = Path.of("src/main/resources/demo/youth-fund-2026.pb");

    @Test
    void theDemoFileIsTheGeneratorsAndValid() throws IOException {
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(YouthFund2026Ballots.text());
        assertThat(PabulibValidator.validate(FILE)).isEmpty();
    }

    @Test
    void greedyAndEqualSharesFundDifferentProjectsAsTheGuideSays() {
        PbInstance instance = PabulibReader.readInstance(new StringReader(YouthFund2026Ballots.text()));
        assertThat(instance.voterCount()).isEqualTo(300);
        RuleComparison comparison = Counting.compare(instance, Utility.COST, Completion.ADD1);
        assertThat(comparison.greedy().winnerIdsInProposalOrder()).containsExactly("1", "3", "7", "8");
        assertThat(comparison.greedy().budgetUsed()).isEqualTo(40_000);
        assertThat(comparison.equalShares().winnerIdsInProposalOrder()).containsExactly("1", "2", "3", "6", "8", "9");
        assertThat(comparison.equalShares().budgetUsed()).isEqualTo(38_000);
        assertThat(comparison.fundedOnlyByGreedy()).containsExactly("7");
        assertThat(comparison.equalShares().votersWithAWinner()).isEqualTo(280);
        assertThat(comparison.greedy().votersWithAWinner()).isEqualTo(214);
        assertThat(BallotCount.defaultMethod(instance.kind()))
                .isEqualTo(CountingMethod.equalShares(Utility.COST, Completion.ADD1));
    }
}
