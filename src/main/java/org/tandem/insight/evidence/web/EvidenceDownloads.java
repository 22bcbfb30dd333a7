package org.tandem.insight.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tandem.insight.evidence.datasets.Dataset;
import org.tandem.insight.evidence.datasets.DatasetRow;
import org.tandem.insight.evidence.datasets.DatasetService;
import org.tandem.insight.evidence.items.EvidenceItemService;
import org.tandem.platform.files.SafeFileName;
import org.tandem.platform.SpreadsheetCells;

/** Files Tandem sends back: always as a download, never sniffed by the browser into something that runs. */
public final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    public static void asAttachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", SafeFileName.contentDisposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
    }

    /** A file kept with evidence, streamed from the store as it is sent. */
    public static void attachment(HttpServletResponse response, EvidenceItemService.Download download)
            throws IOException {
        asAttachment(response, download.attachment().contentType(), download.attachment().name());
        response.setContentLengthLong(download.attachment().sizeBytes());
        try (InputStream content = download.content()) {
            content.transferTo(response.getOutputStream());
        }
    }

    /**
     * The dataset in the layout it is imported in (plus each ward's code), so an export can be changed in a
     * spreadsheet and imported again. Starts with a byte-order mark so spreadsheets read it as UTF-8.
     */
    public static void datasetCsv(HttpServletResponse response, DatasetService datasets, Dataset dataset)
            throws IOException {
        asAttachment(response, "text/csv;charset=UTF-8", dataset.title() + ".csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord("indicator", "area", "area code", "period", "value", "unit");
        datasets.eachRow(dataset, row -> print(csv, row));
        csv.flush();
    }

    private static void print(CSVPrinter csv, DatasetRow row) {
        try {
            csv.printRecord(SpreadsheetCells.safe(row.indicator()), SpreadsheetCells.safe(row.area()), SpreadsheetCells.safe(row.wardCode()), SpreadsheetCells.safe(row.period()),
                    plain(row.value()), SpreadsheetCells.safe(row.unit()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
