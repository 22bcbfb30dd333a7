package org.tandem.prioritisation.counting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.prioritisation.pabulib.PabulibReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real participatory budgets from Pabulib recounted with Tandem's rules give exactly the winners pabutools (the
 * reference Python library) gives under the same rules and tie-breaking, listed in ../shared/pb/expected.json.
 */
class RecountingPabulibInstancesTest {

    static final Path SHARED = Path.of("../shared/pb");

    private static final Map<String, CountingMethod> METHODS = Map.of(
            "greedy", CountingMethod.greedy(),
            "mes-card", CountingMethod.equalShares(Utility.CARDINALITY, Completion.ADD1),
            "mes-cost", CountingMethod.equalShares(Utility.COST, Completion.ADD1));

    /** Each file is read once for its three counts (reading Warsaw's 61,668 ballots takes about a second). */
    private static final Map<String, PbInstance> READ = new ConcurrentHashMap<>();

    static Stream<Arguments> expectedCounts() throws Exception {
        JsonNode expected = JsonMapper.builder().build().readTree(SHARED.resolve("expected.json").toFile());
        List<Arguments> counts = new ArrayList<>();
        for (var file : expected.properties()) {
            for (var count : file.getValue().properties()) {
                List<String> winners = new ArrayList<>();
                count.getValue().forEach(id -> winners.add(id.asString()));
                counts.add(Arguments.of(file.getKey(), count.getKey(), winners));
            }
        }
        return counts.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("expectedCounts")
    void theRecountFundsExactlyThePublishedWinners(String file, String method, List<String> winners) {
        PbInstance instance = READ.computeIfAbsent(file, name -> PabulibReader.readInstance(SHARED.resolve(name)));
        CountResult result = Counting.count(instance, METHODS.get(method));

        assertThat(result.winnerIdsInProposalOrder()).isEqualTo(winners);
        assertThat(result.budgetUsed()).isLessThanOrEqualTo(instance.budget());
    }
}
