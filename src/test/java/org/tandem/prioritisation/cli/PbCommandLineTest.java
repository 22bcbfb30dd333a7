package org.tandem.prioritisation.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone can recount a published Pabulib vote from the command line, with no database and no Spring. */
class PbCommandLineTest {

    private static final String SLUZEW = "../shared/pb/Poland_Warszawa_2026_Sluzew.pb";

    record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PbCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void countPrintsTheWinnersOfEqualSharesWithAdd1() {
        Outcome outcome = run("count", SLUZEW, "--rule", "mes", "--utility", "cardinality", "--completion", "add1");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out())
                .contains("approval ballots, 1,055 voters, 7 projects, budget 1,209,341")
                .contains("Method of Equal Shares, cardinality utilities, Add1 completion")
                .contains("Winners (4), in the order funded:")
                .containsPattern("1\\. 1669 +50,000 +Zadaszony parking")
                .containsPattern("4\\. 981 +400,000 +Tajemniczy")
                .contains("1923").doesNotContain(" 943 ")
                .contains("Voters with a funded project they supported:");
    }

    @Test
    void greedyFundsTheMostSupportedThatFit() {
        Outcome outcome = run("count", SLUZEW, "--rule", "greedy");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Greedy by support").containsPattern("3\\. 943 ").doesNotContain("1923");
    }

    @Test
    void explainAndCompareSayWhyAndWhatProportionalityChanged() {
        Outcome outcome = run("count", SLUZEW, "--explain", "--compare");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Why, project by project:")
                .contains("944 Miejsce łączące pokolenia").contains("Not funded")
                .contains("Funded only by equal shares: 1923").contains("Funded only by greedy: 943")
                .containsPattern("Projects funded +4 +4");
    }

    /** The README's tour and the guide quote these numbers. */
    @Test
    void theMillbrookYouthFundReachesMoreYoungPeopleByEqualShares() {
        Outcome outcome = run("count", "docs/examples/millbrook-youth-fund-2027.pb", "--compare");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).containsPattern("Voters with a funded project they supported +81\\.8% +93\\.9%")
                .containsPattern("Projects funded +5 +7").contains("Short breaks for young carers");
    }

    @Test
    void validateSaysAGoodFileIsValid() {
        Outcome outcome = run("validate", SLUZEW);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Poland_Warszawa_2026_Sluzew.pb is a valid Pabulib file.");
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemAndNoStackTrace(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("broken.pb");
        Files.writeString(broken, Files.readString(Path.of(SLUZEW)).replace("218180;1891,981", "218180;1891,9999")
                .replace("981;400000;", "981;-400000;"));

        Outcome validate = run("validate", broken.toString());
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains("broken.pb has 2 problems:")
                .contains("line 24, field cost: '-400000' cannot be negative")
                .contains("line 33, field vote: project '9999' is not in the PROJECTS section");

        Outcome count = run("count", broken.toString());
        assertThat(count.exitCode()).isEqualTo(1);
        assertThat(count.err()).contains("cannot be counted").contains("line 33, field vote")
                .doesNotContain("Exception");
        assertThat(count.out()).isEmpty();
    }

    @Test
    void mistakesInTheCommandAreExplained() {
        assertThat(run("count", SLUZEW, "--rule", "borda").err()).contains("--rule must be mes or greedy, not 'borda'");
        assertThat(run("count", SLUZEW, "--utility", "happiness").err())
                .contains("--utility must be cardinality, cost or points, not 'happiness'");
        assertThat(run("count", "nowhere.pb").err()).contains("No such file: nowhere.pb");
        assertThat(run("count", SLUZEW, "--frobnicate").err()).contains("Unknown option: --frobnicate");
        assertThat(run("tally", SLUZEW).exitCode()).isEqualTo(2);
        assertThat(run("count").err()).contains("Give the .pb file to count");
        assertThat(run("--help").out()).contains("count FILE.pb").contains("validate FILE.pb");
    }
}
