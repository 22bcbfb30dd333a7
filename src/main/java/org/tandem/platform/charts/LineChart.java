package org.tandem.platform.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Lines over time: one point per period, one line per series; a missing value breaks the line. */
public final class LineChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 72;

    private final String title;
    private final String description;
    private final List<String> periods;
    private final List<Series> series = new ArrayList<>();
    private String periodHeading = "Period";

    private LineChart(String title, String description, List<String> periods) {
        this.title = title;
        this.description = description;
        this.periods = List.copyOf(periods);
    }

    public static LineChart of(String title, String description, List<String> periods) {
        return new LineChart(title, description, periods);
    }

    public LineChart series(String name, List<BigDecimal> values) {
        return series(name, values, Colour.nth(series.size()));
    }

    public LineChart series(String name, List<BigDecimal> values, Colour colour) {
        if (values.size() != periods.size()) {
            throw new IllegalArgumentException("Series " + name + " has " + values.size() + " values for "
                    + periods.size() + " periods");
        }
        series.add(new Series(name, values, colour));
        return this;
    }

    public LineChart periodHeading(String heading) {
        this.periodHeading = heading;
        return this;
    }

    public Chart render() {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double top = Svg.niceCeiling(max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        String id = "chart-" + Integer.toHexString(System.identityHashCode(this));
        int legendHeight = series.size() > 1 ? ((series.size() + 2) / 3) * 20 : 0;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tandem-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT + legendHeight)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(Svg.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Svg.escape(description)).append("</desc>");
        Axes.yAxis(svg, LEFT, TOP, plotWidth, plotHeight, top);
        double step = periods.size() > 1 ? plotWidth / (periods.size() - 1) : 0;
        for (int p = 0; p < periods.size(); p++) {
            Axes.categoryLabel(svg, LEFT + (periods.size() > 1 ? p * step : plotWidth / 2), TOP + plotHeight + 16,
                    periods.get(p));
        }
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int p = 0; p < periods.size(); p++) {
                BigDecimal v = s.values().get(p);
                if (v == null) {
                    drawing = false;
                    continue;
                }
                double x = LEFT + (periods.size() > 1 ? p * step : plotWidth / 2);
                double y = TOP + plotHeight - Math.max(0, v.doubleValue()) / top * plotHeight;
                path.append(drawing ? " L" : " M").append(Svg.num(x)).append(' ').append(Svg.num(y));
                drawing = true;
                svg.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                        .append("\" r=\"4\" fill=\"").append(s.colour().hex()).append("\"><title>")
                        .append(Svg.escape(s.name() + ", " + periods.get(p) + ": " + Svg.label(v)))
                        .append("</title></circle>");
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"")
                        .append(s.colour().hex()).append("\" stroke-width=\"3\"/>");
            }
        }
        Axes.legend(svg, series, LEFT, HEIGHT);
        svg.append("</svg>");
        return new Chart(title, description, svg.toString(), table());
    }

    private DataTable table() {
        List<String> headings = new ArrayList<>();
        headings.add(periodHeading);
        series.forEach(s -> headings.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            List<String> row = new ArrayList<>();
            row.add(periods.get(p));
            for (Series s : series) {
                row.add(Svg.label(s.values().get(p)));
            }
            rows.add(row);
        }
        return new DataTable(title, headings, rows);
    }
}
