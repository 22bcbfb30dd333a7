package org.tandem.insight.provision.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tandem.insight.provision.ProvisionTotals;
import org.tandem.platform.charts.BarChart;
import org.tandem.platform.charts.Chart;

/**
 * The totals page's charts, each with its figures as a table (platform/charts). Wards have a table but no chart:
 * ten wards and Borough-wide are too many labels for one row of bars, and the table says it all.
 */
final class TotalsCharts {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private TotalsCharts() {
    }

    static List<Chart> of(ProvisionTotals totals) {
        List<Chart> charts = new ArrayList<>();
        charts.add(value("Value a year by client group",
                "Thousands of pounds a year spent on services for each client group", "Client group",
                totals.byClientGroup()));
        charts.add(value("Value a year by funding source", "Thousands of pounds a year from each source of funding",
                "Funding source", totals.bySource()));
        return charts;
    }

    /** In thousands of pounds, so the axis labels of a council's budget stay short enough to read. */
    private static Chart value(String title, String description, String heading, List<ProvisionTotals.Row> rows) {
        return BarChart.of(title, description, rows.stream().map(ProvisionTotals.Row::label).toList())
                .categoryHeading(heading)
                .series("£ thousands a year", rows.stream()
                        .map(r -> r.value().amount().divide(THOUSAND, 1, RoundingMode.HALF_UP)).toList())
                .render();
    }
}
