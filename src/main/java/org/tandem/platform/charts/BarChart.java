package org.tandem.platform.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertical bars: one group per category, one bar per series, or the series stacked in one bar. Build it with the
 * categories and series, then {@link #render()}.
 */
public final class BarChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 72;

    private final String title;
    private final String description;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private boolean stacked;
    private String categoryHeading = "";

    private BarChart(String title, String description, List<String> categories) {
        this.title = title;
        this.description = description;
        this.categories = List.copyOf(categories);
    }

    public static BarChart of(String title, String description, List<String> categories) {
        return new BarChart(title, description, categories);
    }

    public BarChart series(String name, List<BigDecimal> values) {
        return series(name, values, Colour.nth(series.size()));
    }

    public BarChart series(String name, List<BigDecimal> values, Colour colour) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException("Series " + name + " has " + values.size() + " values for "
                    + categories.size() + " categories");
        }
        series.add(new Series(name, values, colour));
        return this;
    }

    public BarChart stacked() {
        this.stacked = true;
        return this;
    }

    /** The heading of the table's first column, e.g. "Quarter". */
    public BarChart categoryHeading(String heading) {
        this.categoryHeading = heading;
        return this;
    }

    public Chart render() {
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            double total = 0;
            for (Series s : series) {
                double v = value(s, c);
                total += stacked ? v : 0;
                max = Math.max(max, stacked ? total : v);
            }
        }
        double top = Svg.niceCeiling(max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        String id = "chart-" + Integer.toHexString(System.identityHashCode(this));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tandem-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT + legendHeight())
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(Svg.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Svg.escape(description)).append("</desc>");
        Axes.yAxis(svg, LEFT, TOP, plotWidth, plotHeight, top);
        double groupWidth = categories.isEmpty() ? plotWidth : plotWidth / categories.size();
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + c * groupWidth;
            double barArea = groupWidth * 0.7;
            double barWidth = stacked || series.isEmpty() ? barArea : barArea / series.size();
            double stackBase = 0;
            for (int s = 0; s < series.size(); s++) {
                double v = value(series.get(s), c);
                double h = v / top * plotHeight;
                double x = x0 + groupWidth * 0.15 + (stacked ? 0 : s * barWidth);
                double y = TOP + plotHeight - h - (stacked ? stackBase / top * plotHeight : 0);
                svg.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
                        .append("\" width=\"").append(Svg.num(Math.max(1, barWidth - 2))).append("\" height=\"")
                        .append(Svg.num(h)).append("\" fill=\"").append(series.get(s).colour().hex()).append("\">")
                        .append("<title>").append(Svg.escape(series.get(s).name() + ", " + categories.get(c) + ": "
                                + Svg.label(series.get(s).values().get(c)))).append("</title></rect>");
                stackBase += stacked ? v : 0;
            }
            Axes.categoryLabel(svg, x0 + groupWidth / 2, TOP + plotHeight + 16, categories.get(c));
        }
        Axes.legend(svg, series, LEFT, HEIGHT);
        svg.append("</svg>");
        return new Chart(title, description, svg.toString(), table());
    }

    private int legendHeight() {
        return series.size() > 1 ? ((series.size() + 2) / 3) * 20 : 0;
    }

    private DataTable table() {
        List<String> headings = new ArrayList<>();
        headings.add(categoryHeading);
        series.forEach(s -> headings.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            for (Series s : series) {
                row.add(Svg.label(s.values().get(c)));
            }
            rows.add(row);
        }
        return new DataTable(title, headings, rows);
    }

    private static double value(Series series, int index) {
        BigDecimal v = series.values().get(index);
        return v == null ? 0 : Math.max(0, v.doubleValue());
    }
}
