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

    /** Several values in their declared order, comma separated. */
    public static String all(Collection<? extends Enum<?>> values) {
        return values.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).map(Labels::of)
                .collect(Collectors.joining(", "));
    }
}
