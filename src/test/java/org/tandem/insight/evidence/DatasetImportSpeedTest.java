package org.tandem.insight.evidence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import org.tandem.support.TestInfrastructure;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number: a 200,000-row dataset imported through the API, streamed from a generator, with the rate
 * printed (docs/performance.md has the figures, and perf/dataset-import.sh measures it under -Xmx384m).
 */
class DatasetImportSpeedTest extends EvidenceTest {

    static final int ROWS = 200_000;

    @Test
    void twoHundredThousandRowsAreImportedInOneGoAndCanBeDeleted() throws Exception {
        UUID commission = newCommission(demo.council());
        String token = tokenFor(Demo.OFFICER);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + apiPath(commission)
                        + "/datasets?title=Generated&source=A%20test&fileName=generated.csv"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(ROWS, 0))).build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode dataset = json.readTree(response.body());
        assertThat(dataset.get("rowCount").asInt()).isEqualTo(ROWS);
        assertThat(dataset.get("indicators").size()).isEqualTo(GeneratedCsv.INDICATORS);
        System.out.printf("Dataset import on %s: %,d rows in %.1f s, %,.0f rows/s%n",
                TestInfrastructure.onPostgres() ? "PostgreSQL" : "H2", ROWS, seconds, ROWS / seconds);
        assertThat(seconds).as("seconds to import %d rows", ROWS).isLessThan(180);

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + apiPath(commission)
                        + "/datasets/" + dataset.get("id").asString()))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from evidence_dataset_row where dataset_id = ?")
                .param(UUID.fromString(dataset.get("id").asString())).query(Long.class).single()).isZero();
    }
}
