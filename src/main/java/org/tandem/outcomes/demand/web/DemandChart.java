package org.tandem.outcomes.demand.web;

import java.util.List;
import org.tandem.outcomes.demand.DemandFigures;
import org.tandem.outcomes.demand.DemandView;
import org.tandem.platform.charts.BarChart;
import org.tandem.platform.charts.Chart;
import org.tandem.platform.charts.Colour;

/** The Public Value equation of a need as one stacked bar, with the same figures in a table beside it. */
final class DemandChart {

    private DemandChart() {
    }

    static Chart of(DemandView view) {
        DemandFigures f = view.figures();
        String unit = f.measure().label();
        return BarChart.of("How the recognised need will be met",
                        "One bar, the politically recognised level of need of " + f.measure().format(f.recognised())
                                + ": behaviour change meets " + f.measure().format(f.behaviourChange())
                                + ", co-production meets " + f.measure().format(f.coProduction())
                                + ", and " + f.measure().format(f.commissioned()) + " must be commissioned.",
                        List.of(unit))
                .categoryHeading("Measure")
                .series("Met by behaviour change", List.of(f.behaviourChange()), Colour.GREEN)
                .series("Met by co-production", List.of(f.coProduction()), Colour.PURPLE)
                .series("To be commissioned", List.of(f.commissioned()), Colour.BLUE)
                .stacked()
                .render();
    }
}
