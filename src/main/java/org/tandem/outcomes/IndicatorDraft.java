package org.tandem.outcomes;

import java.math.BigDecimal;

/**
 * What is written about an indicator of an outcome. Baseline and target are optional (a baseline is often measured
 * in the first year of a contract) and are in the indicator's {@code unit}.
 */
public record IndicatorDraft(String name, String definition, String unit, Direction direction, BigDecimal baseline,
                             BigDecimal target, String dataSource, Frequency frequency, IndicatorKind kind,
                             MeasurementMethod method) {
}
