package org.tandem.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvImportTest {

    private static final CsvLayout LAYOUT = CsvLayout.of(List.of("area", "value"), List.of("note"));

    record Row(String area, BigDecimal value) {
    }

    @Test
    void readsRowsByColumnNameWhateverTheOrderAndCase() {
        List<Row> rows = read("\uFEFFValue, AREA ,Note\n12.5,Riverside,\n\"1,200\",Old Town,a note\n");
        assertThat(rows).containsExactly(new Row("Riverside", new BigDecimal("12.5")),
                new Row("Old Town", new BigDecimal("1200")));
    }

    @Test
    void everyBadValueIsReportedWithItsRowAndColumn() {
        assertThatThrownBy(() -> read("area,value\nRiverside,twelve\n,3\nOld Town,4\n"))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::describe)
                        .containsExactly("Row 2, column 'value': 'twelve' is not a number",
                                "Row 3, column 'area': is empty; enter a value"));
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> read("area,amount\nRiverside,3\n"))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems().getFirst().describe())
                        .startsWith("Row 1, column 'value': is missing"));
    }

    @Test
    void binaryJunkIsRefusedQuicklyAndWithoutFillingTheMemory() {
        byte[] junk = new byte[50 * 1024 * 1024];
        new Random(7).nextBytes(junk);
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThatThrownBy(() -> CsvImport.read(new ByteArrayInputStream(junk), LAYOUT, row -> { }))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems().getFirst().message())
                        .containsAnyOf("is not UTF-8 text", "does not look like a CSV file", "is missing"));
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThat(after - before).as("memory used while refusing 50 MB").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        InputStream endless = new InputStream() {
            private final byte[] header = "area,value\n".getBytes(StandardCharsets.UTF_8);
            private final byte[] line = "Riverside,1\n".getBytes(StandardCharsets.UTF_8);
            private long served;

            @Override
            public int read() {
                long at = served++;
                return at < header.length ? header[(int) at] : line[(int) ((at - header.length) % line.length)];
            }
        };
        assertThatThrownBy(() -> CsvImport.read(endless, LAYOUT.withMaxBytes(1024 * 1024), row -> { }))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems().getFirst().describe())
                        .contains("is larger than 1 MB"));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> read("area,value\n")).hasMessageContaining("no rows of data");
    }

    @Test
    void readingStopsAtTheProblemLimit() {
        StringBuilder csv = new StringBuilder("area,value\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("x,notanumber\n");
        }
        assertThatThrownBy(() -> read(csv.toString()))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.problems()).hasSize(CsvLayout.DEFAULT_MAX_PROBLEMS);
                    assertThat(e.moreNotShown()).isTrue();
                });
    }

    private static List<Row> read(String csv) {
        List<Row> rows = new ArrayList<>();
        CsvImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), LAYOUT,
                row -> rows.add(new Row(row.requiredText("area", 100), row.decimal("value", true))));
        return rows;
    }
}
