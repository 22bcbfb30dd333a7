package org.tandem.prioritisation.pabulib;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A malformed .pb file is refused whole, and every problem is reported with its line and field. */
class ValidatingPabulibFilesTest {

    private static final String GOOD = """
            META
            key;value
            description;Millbrook youth fund
            num_projects;3
            num_votes;3
            budget;1000
            vote_type;approval
            max_length;2
            PROJECTS
            project_id;cost;name
            1;400;Youth club
            2;500;"Skate park; phase 2"
            3;300;Mentoring
            VOTES
            voter_id;vote;age
            a;1,2;17
            b;2;15
            c;3,1;19
            """;

    private static List<PabulibProblem> problems(String text) {
        return PabulibValidator.validate(new StringReader(text));
    }

    @Test
    void aGoodFileHasNoProblems() {
        assertThat(problems(GOOD)).isEmpty();
        assertThat(PabulibReader.readInstance(new StringReader(GOOD)).project(1).name())
                .isEqualTo("Skate park; phase 2");
    }

    @Test
    void everyBadValueIsReportedWithItsLineAndField() {
        String bad = GOOD.replace("3;300;Mentoring", "3;three hundred;Mentoring")
                .replace("b;2;15", "b;2,9;15")
                .replace("c;3,1;19", "a;3,1,2;19");

        assertThat(problems(bad)).extracting(PabulibProblem::toString).containsExactly(
                "line 13, field cost: 'three hundred' is not a whole number",
                "line 17, field vote: project '9' is not in the PROJECTS section",
                "line 18, field voter_id: voter 'a' has already voted",
                "line 18, field vote: the vote names 3 projects, more than max_length 2");
    }

    @Test
    void aMissingSectionAndCountsThatDoNotAddUpAreReported() {
        String noVotes = GOOD.substring(0, GOOD.indexOf("VOTES"));

        assertThat(problems(noVotes)).extracting(PabulibProblem::toString).contains(
                "line 13: the file has no VOTES section",
                "line 5, field num_votes: num_votes says 3 but the file has 0 votes");
    }

    @Test
    void theMetaSectionMustSayTheBudgetAndAKnownVoteType() {
        String bad = GOOD.replace("budget;1000\n", "").replace("vote_type;approval", "vote_type;quadratic");

        assertThat(problems(bad)).extracting(PabulibProblem::toString).containsExactlyInAnyOrder(
                "line 6, field vote_type: vote_type must be approval, ordinal, cumulative or scoring, not 'quadratic'",
                "line 8, field budget: META has no budget");
    }

    @Test
    void pointsBallotsAreCheckedAgainstTheirLimits() {
        String cumulative = GOOD.replace("vote_type;approval", "vote_type;cumulative\nmax_sum_points;10")
                .replace("voter_id;vote;age", "voter_id;vote;points")
                .replace("a;1,2;17", "a;1,2;6,6").replace("b;2;15", "b;2;-1").replace("c;3,1;19", "c;3,1;4");

        assertThat(problems(cumulative)).extracting(PabulibProblem::toString).containsExactly(
                "line 17, field points: the points add up to 12, more than max_sum_points 10",
                "line 18, field points: points -1 for project '2' are outside 0 to 2147483647",
                "line 19, field points: there are 1 points for 2 projects");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsOrAHugeNumberIsReported() {
        String bad = GOOD.replace("1;400;Youth club", "1;400").replace("2;500;", "2;99999999999999999999;");

        assertThat(problems(bad)).extracting(PabulibProblem::toString).startsWith(
                "line 11: the line has 2 fields but the PROJECTS header has 3",
                "line 12, field cost: '99999999999999999999' is too large");
    }

    @Test
    void aScriptInAProjectNameIsJustText() {
        String hostile = GOOD.replace("Mentoring", "\"<script>alert(1)</script>'; drop table ballot; --\"");

        assertThat(problems(hostile)).isEmpty();
        assertThat(PabulibReader.readInstance(new StringReader(hostile)).project(2).name())
                .isEqualTo("<script>alert(1)</script>'; drop table ballot; --");
    }

    @Test
    void readingABadFileRefusesItWholeWithEveryProblem() {
        String bad = GOOD.replace("b;2;15", "b;7;15").replace("c;3,1;19", "c;3,3;19");

        assertThatThrownBy(() -> PabulibReader.readInstance(new StringReader(bad)))
                .isInstanceOf(PabulibException.class)
                .hasMessage("The file has 2 problems; the first is line 17, field vote: project '7' is not in the"
                        + " PROJECTS section")
                .satisfies(e -> assertThat(((PabulibException) e).problems()).hasSize(2));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLine(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path latin1 = folder.resolve("latin1.pb");
        Files.write(latin1, GOOD.replace("Mentoring", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(PabulibValidator.validate(latin1)).extracting(PabulibProblem::toString)
                .containsExactly("line 13: the line is not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void somethingThatIsNotAPabulibFileAtAllSaysSo() {
        assertThat(problems("voter_id,vote\n1,2\n")).extracting(PabulibProblem::toString).contains(
                "line 1: the file must start with a META section", "line 2: the file has no META section");
        assertThat(problems("")).extracting(PabulibProblem::message).contains("the file has no META section");
    }
}
