package org.tandem.platform.charts;

/**
 * A chart ready for a page: the SVG (with its own title and description for screen readers) and the same figures
 * as a table. Templates show both with {@code fragments/charts :: chartWithTable(chart)}.
 */
public record Chart(String title, String description, String svg, DataTable table) {
}
