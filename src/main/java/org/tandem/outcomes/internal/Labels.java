package org.tandem.outcomes.internal;

import java.util.Collection;
import java.util.stream.Collectors;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.Frequency;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;

/**
 * How the classification reads to people, in one place for pages, exports and the diff. Nothing chosen reads as "".
 */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return switch (value) {
            case null -> "";
            case OutcomeLevel v -> v.label();
            case ValueType v -> v.label();
            case WellbeingElement v -> v.fullLabel();
            case WayToWellbeing v -> v.label();
            case BottomLine v -> v.label();
            case PreventionLevel v -> v.label();
            case InterventionPathway v -> v.label();
            case Direction v -> v.label();
            case Frequency v -> v.label();
            case IndicatorKind v -> v.label();
            case MeasurementMethod v -> v.label();
            case ParticipantKind v -> v.label();
            default -> value.name();
        };
    }

    /** One line of an outcome's classification: what it is and the value chosen ("" for nothing yet). */
    public record Line(String label, String value) {
        public boolean isOpen() {
            return value.isEmpty();
        }
    }

    /** The outcome's classification, line by line, as pages and exports show it. */
    public static java.util.List<Line> classification(OutcomeDraft d) {
        return java.util.List.of(new Line("Level", of(d.level())), new Line("Value type", of(d.valueType())),
                new Line("Well-being element", of(d.wellbeingElement())),
                new Line("Five ways to well-being", all(d.fiveWays())),
                new Line("Triple bottom line", all(d.bottomLines())),
                new Line("Prevention level", of(d.preventionLevel())),
                new Line("Intervention pathway", of(d.pathway())), new Line("Shaped by", all(d.shapedBy())));
    }

    /** Several values in their declared order, comma separated. */
    public static String all(Collection<? extends Enum<?>> values) {
        return values.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).map(Labels::of)
                .collect(Collectors.joining(", "));
    }
}
