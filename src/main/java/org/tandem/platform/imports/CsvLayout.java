package org.tandem.platform.imports;

import java.util.List;

/**
 * What a CSV upload must look like: the columns it must have (in any order, matched ignoring case and spaces), the
 * columns it may have, and limits that keep a huge or hostile file from exhausting the server.
 */
public record CsvLayout(List<String> requiredColumns, List<String> optionalColumns, long maxBytes, int maxLineLength,
                        int maxProblems) {

    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE = 64 * 1024;
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    public CsvLayout {
        requiredColumns = List.copyOf(requiredColumns);
        optionalColumns = List.copyOf(optionalColumns);
    }

    public static CsvLayout of(List<String> required, List<String> optional) {
        return new CsvLayout(required, optional, DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE, DEFAULT_MAX_PROBLEMS);
    }

    public CsvLayout withMaxBytes(long bytes) {
        return new CsvLayout(requiredColumns, optionalColumns, bytes, maxLineLength, maxProblems);
    }
}
