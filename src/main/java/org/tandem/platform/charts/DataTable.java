package org.tandem.platform.charts;

import java.util.List;

/** The figures behind a chart, as a table: one row per category or period, one column per series. */
public record DataTable(String caption, List<String> headings, List<List<String>> rows) {

    public DataTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
