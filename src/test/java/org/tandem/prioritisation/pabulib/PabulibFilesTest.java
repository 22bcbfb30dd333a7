package org.tandem.prioritisation.pabulib;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.prioritisation.counting.BallotKind;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.PbInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Pabulib files are read whole, validate clean, and come back unchanged from a write and a read. */
class PabulibFilesTest {

    private static final Path SHARED = Path.of("../shared/pb");

    static Stream<String> files() throws IOException {
        try (Stream<Path> listing = Files.list(SHARED)) {
            return listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".pb")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyPublishedFileIsValidAndItsVotesAllRead(String name) throws IOException {
        assertThat(PabulibValidator.validate(SHARED.resolve(name))).isEmpty();

        PabulibFile file = PabulibReader.readFile(SHARED.resolve(name));
        assertThat(file.instance().voterCount()).isEqualTo(Integer.parseInt(file.meta().get("num_votes")));
        assertThat(file.instance().projectCount()).isEqualTo(Integer.parseInt(file.meta().get("num_projects")));
        assertThat(file.votes()).hasSize(file.instance().voterCount());
    }

    @Test
    void aFileWrittenBackReadsTheSameFieldForFieldQuotesAndAll() throws IOException {
        // Wieliczka's project names hold quoted words ("Stok pod Baranem"), and the file mixes line endings.
        PabulibFile original = PabulibReader.readFile(SHARED.resolve("Poland_Wieliczka_2023_Green_Budget.pb"));
        StringWriter written = new StringWriter();
        PabulibWriter.write(original, written);

        PabulibFile again = PabulibReader.readFile(new StringReader(written.toString()));

        assertThat(again.meta()).isEqualTo(original.meta());
        assertThat(again.projects()).isEqualTo(original.projects());
        assertThat(again.votes()).isEqualTo(original.votes());
        assertThat(written.toString()).contains("\"\"Stok pod Baranem\"\"");
        assertThat(Counting.count(again.instance(), CountingMethod.greedy()).winnerIds())
                .isEqualTo(Counting.count(original.instance(), CountingMethod.greedy()).winnerIds());
    }

    @Test
    void anInstanceIsWrittenAsAFileAnyPabulibToolCanRead() {
        PbInstance instance = PbInstance.builder(BallotKind.CUMULATIVE, 5000)
                .project("1", "Youth club; evenings", 3000).project("2", "Skate park \"phase 2\"", 2500)
                .ballot("r1", List.of("1", "2"), List.of(3, 2)).ballot("r2", List.of("2"), List.of(5))
                .build();
        StringWriter written = new StringWriter();
        PabulibWriter.write(instance, Map.of("description", "Millbrook youth fund", "currency", "GBP"), written);

        PabulibFile read = PabulibReader.readFile(new StringReader(written.toString()));

        assertThat(read.meta()).containsEntry("vote_type", "cumulative").containsEntry("budget", "5000")
                .containsEntry("num_votes", "2").containsEntry("currency", "GBP");
        assertThat(read.instance().project(0).name()).isEqualTo("Youth club; evenings");
        assertThat(read.instance().project(1).name()).isEqualTo("Skate park \"phase 2\"");
        assertThat(read.instance().ballot(0).points()).containsExactly(3, 2);
        assertThat(read.instance().score(1)).isEqualTo(7);
    }
}
