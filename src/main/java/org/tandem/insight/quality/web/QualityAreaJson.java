package org.tandem.insight.quality.web;

import java.util.UUID;
import org.tandem.insight.quality.QualityArea;

/** A quality area with its rating guide; {@code guideFinished} says whether green, amber and red are all written. */
record QualityAreaJson(UUID id, int position, String name, String question, String greenGuide, String amberGuide,
                       String redGuide, boolean guideFinished) {

    static QualityAreaJson of(QualityArea area, int position) {
        return new QualityAreaJson(area.id(), position, area.name(), area.question(), area.greenGuide(),
                area.amberGuide(), area.redGuide(), area.hasFullGuide());
    }
}
