package org.tandem.insight.provision.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tandem.insight.provision.ProvisionTotals;
import org.tandem.platform.charts.BarChart;
import org.tandem.platform.charts.Chart;

/** The totals page's charts, each with its figures as a table (platform/charts). */
final class TotalsCharts {

    private TotalsCharts() {
    }

    static List<Chart> of(ProvisionTotals totals) {
        List<Chart> charts = new ArrayList<>();
        charts.add(value("Value a year by client group", "Pounds a year spent on services for each client group",
                "Client group", totals.byClientGroup()));
        List<ProvisionTotals.Row> wards = new ArrayList<>(totals.byWard());
        wards.add(totals.boroughWide());
        charts.add(BarChart.of("Services by ward", "How many services work in each ward; borough-wide services "
                                + "are counted once, as Borough-wide",
                        wards.stream().map(ProvisionTotals.Row::label).toList())
                .categoryHeading("Ward")
                .series("Services", wards.stream().map(r -> BigDecimal.valueOf(r.services())).toList())
                .render());
        charts.add(value("Value a year by funding source", "Pounds a year from each source of funding",
                "Funding source", totals.bySource()));
        return charts;
    }

    private static Chart value(String title, String description, String heading, List<ProvisionTotals.Row> rows) {
        return BarChart.of(title, description, rows.stream().map(ProvisionTotals.Row::label).toList())
                .categoryHeading(heading)
                .series("Pounds a year", rows.stream().map(r -> r.value().amount()).toList())
                .render();
    }
}
