package org.tandem.platform.charts;

import java.math.BigDecimal;
import java.util.List;

/** One named line or set of bars, with a value per category (null where there is none) and its colour. */
public record Series(String name, List<BigDecimal> values, Colour colour) {

    public Series {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
