package org.tandem.coproduction.web;

import java.math.BigDecimal;
import java.util.List;
import org.tandem.coproduction.Approach;
import org.tandem.coproduction.internal.LadderOverTime;
import org.tandem.platform.charts.BarChart;
import org.tandem.platform.charts.Chart;
import org.tandem.platform.charts.Colour;

/** The ladder over time as a stacked bar chart (with its table): activities per quarter, doing to, for and with. */
final class LadderChart {

    private static final List<Colour> COLOURS = List.of(Colour.ORANGE, Colour.BLUE, Colour.GREEN);

    private LadderChart() {
    }

    /** Null when there is nothing to draw. */
    static Chart of(LadderOverTime ladder) {
        if (ladder.byQuarter().isEmpty()) {
            return null;
        }
        BarChart chart = BarChart.of("Activities each quarter, by stretch of the ladder",
                        "Stacked bars, one per quarter, counting the activities that were doing to, doing for and "
                                + "doing with people",
                        ladder.byQuarter().stream().map(LadderOverTime.QuarterCount::label).toList())
                .categoryHeading("Quarter").stacked();
        for (Approach approach : Approach.values()) {
            chart.series(approach.label(), ladder.byQuarter().stream()
                    .map(q -> BigDecimal.valueOf(q.count(approach))).toList(), COLOURS.get(approach.ordinal()));
        }
        return chart.render();
    }
}
