package org.tandem.platform.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row of an upload, read by column name. The typed getters record a problem (with row and column) and
 * return null when a value cannot be read, so one pass finds every mistake in the file.
 */
public final class CsvRow {

    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final long rowNumber;
    private final Problems problems;

    CsvRow(CSVRecord record, Map<String, Integer> columns, long rowNumber, Problems problems) {
        this.record = record;
        this.columns = columns;
        this.rowNumber = rowNumber;
        this.problems = problems;
    }

    /** The row as numbered in a spreadsheet (the header is row 1). */
    public long number() {
        return rowNumber;
    }

    /** The trimmed text, or null when the column is absent or the cell empty. */
    public String text(String column) {
        Integer index = columns.get(CsvImport.normalise(column));
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public String requiredText(String column, int maxLength) {
        String value = text(column);
        if (value == null) {
            problem(column, "is empty; enter a value");
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, "is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    public String optionalText(String column, int maxLength) {
        String value = text(column);
        if (value != null && value.length() > maxLength) {
            problem(column, "is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    public BigDecimal decimal(String column, boolean required) {
        String value = text(column);
        if (value == null) {
            if (required) {
                problem(column, "is empty; enter a number");
            }
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(",", ""));
            if (number.precision() - number.scale() > 15 || number.scale() > 6) {
                problem(column, "'" + shorten(value) + "' has too many digits");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column, "'" + shorten(value) + "' is not a number");
            return null;
        }
    }

    /** A date written as 2027-04-01 (ISO) or 01/04/2027 (as UK spreadsheets write it). */
    public LocalDate date(String column, boolean required) {
        String value = text(column);
        if (value == null) {
            if (required) {
                problem(column, "is empty; enter a date like 2027-04-01");
            }
            return null;
        }
        try {
            if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] parts = value.split("/");
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            return LocalDate.parse(value);
        } catch (java.time.DateTimeException e) {
            problem(column, "'" + shorten(value) + "' is not a real date; write it like 2027-04-01");
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String value = text(column);
        if (value == null) {
            if (required) {
                problem(column, "is empty");
            }
            return null;
        }
        String key = value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        problem(column, "'" + shorten(value) + "' is not one of: " + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(java.util.stream.Collectors.joining(", ")));
        return null;
    }

    /** Records a problem with this row; the import goes on reading so every problem is found. */
    public void problem(String column, String message) {
        problems.add(new ImportProblem(rowNumber, column, message));
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "..." : value;
    }
}
