package org.tandem.platform.charts;

import java.math.BigDecimal;
import java.util.List;

/** The parts bar and line charts share: the value axis with gridlines, category labels and the legend. */
final class Axes {

    private Axes() {
    }

    static void yAxis(StringBuilder svg, int left, int top, double width, double height, double max) {
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = top + height - height * i / 4;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(Svg.num(left + width))
                    .append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"").append(Svg.num(y))
                    .append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(Svg.num(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">")
                    .append(Svg.escape(Svg.label(BigDecimal.valueOf(value)))).append("</text>");
        }
    }

    static void categoryLabel(StringBuilder svg, double x, double y, String label) {
        String shown = label.length() > 18 ? label.substring(0, 17) + "…" : label;
        svg.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
                .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">").append(Svg.escape(shown))
                .append("</text>");
    }

    static void legend(StringBuilder svg, List<Series> series, int left, int top) {
        if (series.size() < 2) {
            return;
        }
        for (int i = 0; i < series.size(); i++) {
            double x = left + (i % 3) * 190;
            double y = top + (i / 3) * 20;
            svg.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(series.get(i).colour().hex()).append("\"/>")
                    .append("<text x=\"").append(Svg.num(x + 18)).append("\" y=\"").append(Svg.num(y + 11))
                    .append("\" font-size=\"12\" fill=\"#0b0c0c\">").append(Svg.escape(series.get(i).name()))
                    .append("</text>");
        }
    }
}
