package org.tandem.outcomes.logic.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.util.HtmlUtils;
import org.tandem.outcomes.logic.LogicLink;
import org.tandem.outcomes.logic.LogicModel;
import org.tandem.outcomes.logic.LogicStep;
import org.tandem.outcomes.logic.Stage;

/**
 * A logic model drawn as SVG on the server: Table 5's four stages as columns, a box per step and a numbered arrow
 * per link. The drawing is for people who see it; the page lists the same model as text beside it, numbered the
 * same way, and the drawing's description says so.
 */
final class LogicDiagram {

    private static final int COLUMN_WIDTH = 200;
    private static final int GAP = 52;
    private static final int MARGIN = 8;
    private static final int HEADING = 40;
    private static final int LINE_HEIGHT = 16;
    private static final int CHARACTERS_PER_LINE = 27;
    private static final int MOST_LINES = 4;
    private static final int BOX_GAP = 14;
    private static final int WIDTH = MARGIN * 2 + COLUMN_WIDTH * 4 + GAP * 3;

    private record Box(double x, double y, double height) {
    }

    private LogicDiagram() {
    }

    static String svg(LogicModel model) {
        String id = "logic-" + model.id();
        Map<UUID, Box> boxes = new HashMap<>();
        StringBuilder body = new StringBuilder();
        double tallest = HEADING;
        for (Stage stage : Stage.values()) {
            double x = MARGIN + stage.ordinal() * (COLUMN_WIDTH + GAP);
            body.append("<text x=\"").append(num(x + COLUMN_WIDTH / 2.0)).append("\" y=\"24\" text-anchor=\"middle\" ")
                    .append("font-size=\"16\" font-weight=\"bold\" fill=\"#0b0c0c\">").append(stage.label())
                    .append("</text>");
            double y = HEADING;
            for (LogicStep step : model.stepsIn(stage)) {
                List<String> lines = wrap(step.text());
                double height = lines.size() * LINE_HEIGHT + 16;
                boxes.put(step.id(), new Box(x, y, height));
                body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(COLUMN_WIDTH).append("\" height=\"").append(num(height))
                        .append("\" rx=\"4\" fill=\"#f3f2f1\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>");
                for (int i = 0; i < lines.size(); i++) {
                    body.append("<text x=\"").append(num(x + 8)).append("\" y=\"")
                            .append(num(y + 8 + LINE_HEIGHT * (i + 1) - 4))
                            .append("\" font-size=\"13\" fill=\"#0b0c0c\">").append(escape(lines.get(i)))
                            .append("</text>");
                }
                y += height + BOX_GAP;
            }
            tallest = Math.max(tallest, y);
        }
        for (LogicLink link : model.links()) {
            Box from = boxes.get(link.fromStepId());
            Box to = boxes.get(link.toStepId());
            if (from == null || to == null) {
                continue;
            }
            double x1 = from.x() + COLUMN_WIDTH;
            double y1 = from.y() + from.height() / 2;
            double x2 = to.x() - 2;
            double y2 = to.y() + to.height() / 2;
            body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                    .append(num(x2)).append("\" y2=\"").append(num(y2))
                    .append("\" stroke=\"#505a5f\" stroke-width=\"1.5\" marker-end=\"url(#").append(id)
                    .append("-arrow)\"/>");
            double cx = (x1 + x2) / 2;
            double cy = (y1 + y2) / 2;
            body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                    .append("\" r=\"10\" fill=\"#1d70b8\"/><text x=\"").append(num(cx)).append("\" y=\"")
                    .append(num(cy + 4)).append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" ")
                    .append("fill=\"#ffffff\">").append(link.number()).append("</text>");
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tandem-logic-diagram\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(num(tallest + MARGIN)).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\"><title id=\"").append(id).append("-title\">")
                .append(escape("Logic model: " + model.title())).append("</title><desc id=\"").append(id)
                .append("-desc\">").append(escape(description(model))).append("</desc><defs><marker id=\"")
                .append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" ")
                .append("fill=\"#505a5f\"/></marker></defs>").append(body).append("</svg>");
        return svg.toString();
    }

    private static String description(LogicModel model) {
        List<String> counts = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            counts.add(model.stepsIn(stage).size() + " " + stage.label().toLowerCase(Locale.UK));
        }
        return String.join(", ", counts) + ", joined by " + model.links().size()
                + (model.links().size() == 1 ? " numbered link" : " numbered links")
                + ". The model is listed as text after the diagram, with each link's assumption and evidence.";
    }

    /** The step's words in lines that fit its box; what does not fit ends in an ellipsis (the list has it all). */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String piece = word.length() > CHARACTERS_PER_LINE ? word.substring(0, CHARACTERS_PER_LINE - 1) + "…"
                    : word;
            if (!line.isEmpty() && line.length() + 1 + piece.length() > CHARACTERS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(piece);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > MOST_LINES) {
            List<String> shown = new ArrayList<>(lines.subList(0, MOST_LINES));
            String last = shown.getLast();
            shown.set(MOST_LINES - 1, (last.length() > CHARACTERS_PER_LINE - 1
                    ? last.substring(0, CHARACTERS_PER_LINE - 1) : last) + "…");
            return shown;
        }
        return lines;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
