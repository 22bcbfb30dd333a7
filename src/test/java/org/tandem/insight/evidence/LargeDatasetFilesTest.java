package org.tandem.insight.evidence;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Big and hostile dataset files, sent over HTTP as a client would, streamed from a generator so the test holds
 * none of them: each is refused with a clear message, nothing is kept, and the server's memory is not filled.
 */
class LargeDatasetFilesTest extends EvidenceTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fiftyMegabytesOfRandomBytesAreRefusedAsNotText() throws Exception {
        UUID commission = newCommission(demo.council());
        Random random = new Random(50);
        JsonNode problem = send(commission, new InputStream() {
            private long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? random.nextInt(256) : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                for (int i = 0; i < n; i++) {
                    into[offset + i] = (byte) random.nextInt(256);
                }
                left -= n;
                return n;
            }
        }, 400);
        assertThat(problem.get("errors").get(0).get("message").asString())
                .containsAnyOf("is not UTF-8 text", "does not look like a CSV file");
        assertNothingKept(commission);
    }

    @Test
    void fiftyMegabytesOfTextWithoutLineBreaksAreRefusedAsNotCsv() throws Exception {
        UUID commission = newCommission(demo.council());
        JsonNode problem = send(commission, new InputStream() {
            private long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        }, 400);
        assertThat(problem.get("errors").get(0).get("message").asString())
                .contains("has a line longer than 65536 characters: it does not look like a CSV file");
        assertNothingKept(commission);
    }

    @Test
    void aValidFileLargerThanFortyMegabytesIsRefusedForItsSize() throws Exception {
        UUID commission = newCommission(demo.council());
        JsonNode problem = send(commission, new GeneratedCsv(800, 60_000), 400);
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("The file: is larger than 40 MB, the most Tandem accepts");
        assertNothingKept(commission);
    }

    private JsonNode send(UUID commission, InputStream body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + apiPath(commission)
                        + "/datasets?title=Big&source=A%20test"))
                .header("Authorization", "Bearer " + tokenFor(Demo.OFFICER))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return json.readTree(response.body());
    }

    private void assertNothingKept(UUID commission) {
        assertThat(jdbc.sql("select count(*) from evidence_dataset where commission_id = ?").param(commission)
                .query(Long.class).single()).isZero();
    }
}
