package org.tandem.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV upload one row at a time. The first row names the columns; every required column must be there. Each
 * data row is handed to the caller, who reads it with {@link CsvRow}'s typed getters and stores it. When anything is
 * wrong (a missing column, a bad value, a file too big, not UTF-8, not CSV at all) the problems are collected and
 * {@link ImportRejected} is thrown at the end, or as soon as the problem limit is reached; the caller's transaction
 * then rolls back, so nothing from a bad file is kept.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /**
     * Refuses at once an upload whose size, known on arrival, already passes the layout's limit: reading it would
     * check its first rows one by one before finding out, which for a big file keeps the person waiting for nothing.
     */
    public static void refuseIfTooBig(long uploadBytes, CsvLayout layout) {
        if (uploadBytes > layout.maxBytes()) {
            throw new ImportRejected(List.of(new ImportProblem(0, null, BoundedReader.tooBig(layout.maxBytes()))),
                    false);
        }
    }

    /** Reads the whole file; returns the number of data rows. Throws {@link ImportRejected} on any problem. */
    public static long read(InputStream upload, CsvLayout layout, Consumer<CsvRow> eachRow) {
        Problems problems = new Problems(layout.maxProblems());
        long rows = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new BoundedReader(new InputStreamReader(upload, decoder), layout.maxBytes(),
                layout.maxLineLength());
        long lastRow = 1;
        try (CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get()).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportRejected(List.of(new ImportProblem(0, null,
                        "is empty; the first row must name the columns: " + String.join(", ",
                                layout.requiredColumns()))), false);
            }
            Map<String, Integer> columns = header(records.next(), layout, problems);
            if (problems.any()) {
                throw problems.rejection();
            }
            while (records.hasNext() && !problems.full()) {
                CSVRecord record = records.next();
                lastRow = record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                eachRow.accept(new CsvRow(record, columns, lastRow, problems));
                rows++;
            }
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.add(new ImportProblem(0, null, explain(cause, lastRow + 1)));
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(new ImportProblem(lastRow + 1, null, "is not valid CSV (" + safe(e.getMessage()) + ")"));
        }
        if (problems.any()) {
            throw problems.rejection();
        }
        if (rows == 0) {
            throw new ImportRejected(List.of(new ImportProblem(0, null, "has a header but no rows of data")), false);
        }
        return rows;
    }

    private static Map<String, Integer> header(CSVRecord header, CsvLayout layout, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> known = new ArrayList<>(layout.requiredColumns());
        known.addAll(layout.optionalColumns());
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(stripBom(header.get(i)));
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, header.get(i), "appears twice in the header"));
            }
        }
        for (String required : layout.requiredColumns()) {
            if (!columns.containsKey(normalise(required))) {
                problems.add(new ImportProblem(1, required, "is missing: the first row must name the columns "
                        + String.join(", ", layout.requiredColumns())
                        + (layout.optionalColumns().isEmpty() ? "" : " (and may name "
                        + String.join(", ", layout.optionalColumns()) + ")")));
            }
        }
        return columns;
    }

    /** Compiled once: every cell read looks its column up by its normalised name. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    static String normalise(String column) {
        return column == null ? "" : SEPARATORS.matcher(column.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static String stripBom(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String explain(IOException e, long row) {
        if (e instanceof BoundedReader.LimitPassed limit) {
            return limit.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "is not UTF-8 text (from row " + row + "); save the spreadsheet as 'CSV UTF-8' and try again";
        }
        return "could not be read as CSV near row " + row + " (" + safe(e.getMessage()) + ")";
    }

    private static String safe(String message) {
        if (message == null) {
            return "unreadable";
        }
        String oneLine = message.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }
}
