package org.tandem.insight.evidence.datasets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.platform.charts.BarChart;
import org.tandem.platform.charts.Chart;
import org.tandem.platform.charts.DataTable;
import org.tandem.platform.charts.LineChart;

/**
 * Draws one indicator of a dataset: a line per area over the periods, or a bar per area for one period. Either way
 * the same figures are in the table beside the chart.
 */
public final class DatasetChart {

    /** How the indicator is drawn. */
    public enum View {
        TREND("Over time, by area"), AREAS("By area, for one period");

        private final String label;

        View(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private DatasetChart() {
    }

    public static Chart trend(Dataset.Indicator indicator, List<String> periods, List<DatasetRow> rows) {
        List<String> shown = periods.stream().filter(p -> rows.stream().anyMatch(r -> r.period().equals(p))).toList();
        LineChart chart = LineChart.of(indicator.label() + " by area, " + span(shown),
                "Line chart of " + indicator.label() + " for " + areas(rows).size() + " areas over " + shown.size()
                        + " periods. The figures are in the table beside it.", shown).periodHeading("Period");
        List<List<String>> table = new ArrayList<>();
        for (String area : areas(rows)) {
            Map<String, BigDecimal> byPeriod = new LinkedHashMap<>();
            rows.stream().filter(r -> r.area().equals(area)).forEach(r -> byPeriod.put(r.period(), r.value()));
            List<BigDecimal> values = new ArrayList<>();
            shown.forEach(p -> values.add(byPeriod.get(p)));
            chart.series(area, values);
            List<String> line = new ArrayList<>();
            line.add(area);
            values.forEach(v -> line.add(label(v)));
            table.add(line);
        }
        Chart drawn = chart.render();
        // A row per area and a column per period: there are usually more areas than periods, so the table stays
        // narrow enough to sit beside the chart.
        List<String> headings = new ArrayList<>();
        headings.add("Area");
        headings.addAll(shown);
        return new Chart(drawn.title(), drawn.description(), drawn.svg(),
                new DataTable(drawn.table().caption(), headings, table));
    }

    public static Chart byArea(Dataset.Indicator indicator, String period, List<DatasetRow> rows) {
        List<DatasetRow> inPeriod = rows.stream().filter(r -> r.period().equals(period)).toList();
        List<String> areas = areas(inPeriod);
        List<BigDecimal> values = areas.stream().map(a -> inPeriod.stream().filter(r -> r.area().equals(a))
                .findFirst().map(DatasetRow::value).orElse(null)).toList();
        return BarChart.of(indicator.label() + " by area, " + period,
                        "Bar chart of " + indicator.label() + " in " + period + " for " + areas.size()
                                + " areas. The figures are in the table beside it.", areas)
                .categoryHeading("Area").series(indicator.label(), values).render();
    }

    /** Wards by name, then the whole area, so the borough's figure is easy to find at the end. */
    private static List<String> areas(List<DatasetRow> rows) {
        Set<String> wards = new LinkedHashSet<>();
        boolean whole = false;
        for (DatasetRow row : rows.stream().sorted(Comparator.comparing(DatasetRow::area)).toList()) {
            if (row.wardCode() == null) {
                whole = true;
            } else {
                wards.add(row.area());
            }
        }
        List<String> areas = new ArrayList<>(wards);
        if (whole) {
            rows.stream().filter(r -> r.wardCode() == null).findFirst().ifPresent(r -> areas.add(r.area()));
        }
        return areas;
    }

    /** As the charts write figures: thousands separated, at most two decimals (DecimalFormat is not thread-safe). */
    private static String label(BigDecimal value) {
        return value == null ? "" : new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK)).format(value);
    }

    private static String span(List<String> periods) {
        if (periods.isEmpty()) {
            return "no periods";
        }
        return periods.size() == 1 ? periods.getFirst() : periods.getFirst() + " to " + periods.getLast();
    }
}
