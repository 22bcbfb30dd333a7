package org.tandem.outcomes.demand;

import java.math.BigDecimal;

/**
 * The Public Value Model's equation for one need (seed 002, Figure 1): of the politically recognised level of need,
 * some is met by citizens' behaviour change and some by co-production, and the rest must be commissioned. Exact
 * decimals throughout, so the parts always add up to the whole.
 */
public record DemandFigures(DemandMeasure measure, BigDecimal recognised, BigDecimal behaviourChange,
                            BigDecimal coProduction) {

    /** What is left for commissioned services; never negative once the rules are kept. */
    public BigDecimal commissioned() {
        return recognised.subtract(behaviourChange).subtract(coProduction);
    }

    /** The share of the recognised need, as a whole percentage for people to read (0 when there is no need). */
    public int percentOf(BigDecimal part) {
        if (recognised.signum() == 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(recognised, 0, java.math.RoundingMode.HALF_UP)
                .intValue();
    }
}
