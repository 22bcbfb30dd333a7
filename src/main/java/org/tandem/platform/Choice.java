package org.tandem.platform;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One option of a select, radios or checkboxes field: the value sent, the label shown and an optional hint. */
public record Choice(String value, String label, String hint) {

    public static <E extends Enum<E>> List<Choice> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), label.apply(e), null)).toList();
    }
}
