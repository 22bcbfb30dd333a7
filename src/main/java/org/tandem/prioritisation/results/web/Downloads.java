package org.tandem.prioritisation.results.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tandem.platform.NotFoundException;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.results.BallotFile;
import org.tandem.prioritisation.results.FileNames;
import org.tandem.prioritisation.results.CountService;
import org.tandem.prioritisation.results.PbCount;
import org.tandem.prioritisation.results.ResultsExport;

/** The files a count can be downloaded as: the ballots exactly as counted, and the results as CSV and XLSX. */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static ResponseEntity<byte[]> ballots(CountService counts, PbProcessView process, PbCount count) {
        return file(counts.ballots(count), FileNames.of(process, "ballots") + ".pb",
                new MediaType("text", "plain", StandardCharsets.UTF_8));
    }

    /** One area's own ballots, for a process counted area by area; not found for a number the count has not. */
    static ResponseEntity<byte[]> areaBallots(CountService counts, PbCount count, String position) {
        int number = position != null && position.matches("[1-9]\\d{0,2}") ? Integer.parseInt(position) : 0;
        BallotFile file = counts.areaBallots(count, number).orElseThrow(() -> new NotFoundException("Area ballots"));
        return file(file.bytes(), file.name(), new MediaType("text", "plain", StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> csv(PbProcessView process, PbCount count) {
        return file(ResultsExport.csv(count), FileNames.of(process, "results") + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> xlsx(PbProcessView process, PbCount count) {
        return file(ResultsExport.xlsx(count), FileNames.of(process, "results") + ".xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .contentType(type).body(body);
    }
}
