package org.tandem.outcomes.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;

/**
 * One of the ways a framework's balance is read: each outcome falls under none, one or several of the axis's
 * categories. The first four are the ones seed 000 asks commissioners to balance; the rest complete the picture.
 */
public enum BalanceAxis {
    WELLBEING("Dynamic model of well-being", WellbeingElement.class, WellbeingElement::fullLabel,
            d -> single(d.wellbeingElement())),
    FIVE_WAYS("Five ways to well-being", WayToWellbeing.class, WayToWellbeing::label, OutcomeDraft::fiveWays),
    BOTTOM_LINE("Triple bottom line", BottomLine.class, BottomLine::label, OutcomeDraft::bottomLines),
    PREVENTION("Prevention level", PreventionLevel.class, PreventionLevel::label, d -> single(d.preventionLevel())),
    LEVEL("Level", OutcomeLevel.class, OutcomeLevel::label, d -> single(d.level())),
    VALUE_TYPE("Value type", ValueType.class, ValueType::label, d -> single(d.valueType())),
    PATHWAY("Intervention pathway", InterventionPathway.class, InterventionPathway::label,
            d -> single(d.pathway()));

    /** A category of an axis: its key (the enum constant's name) and label. */
    public record Category(String key, String label) {
    }

    private final String label;
    private final List<Category> categories;
    private final Function<OutcomeDraft, Set<? extends Enum<?>>> under;

    @SuppressWarnings({"unchecked", "rawtypes"})
    <E extends Enum<E>> BalanceAxis(String label, Class<E> type, Function<E, String> categoryLabel,
                                    Function<OutcomeDraft, Set<? extends Enum<?>>> under) {
        this.label = label;
        this.categories = Arrays.stream(type.getEnumConstants())
                .map(e -> new Category(e.name(), categoryLabel.apply(e))).toList();
        this.under = under;
    }

    public String label() {
        return label;
    }

    public List<Category> categories() {
        return categories;
    }

    /** The keys of the categories the outcome falls under on this axis. */
    public Set<String> of(OutcomeDraft outcome) {
        return under.apply(outcome).stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** The axes seed 000 asks commissioners to balance; the others are shown as counts only. */
    public boolean isMatrix() {
        return ordinal() <= PREVENTION.ordinal();
    }

    private static Set<? extends Enum<?>> single(Enum<?> value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
