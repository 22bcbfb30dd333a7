package org.tandem.prioritisation.counting;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Floating-point estimates of exact amounts, used only as a filter in front of exact comparisons
 * (docs/decisions/0014): an estimate decides a comparison only when the two sides differ by more than a proven
 * bound on the estimates' error, so the answer is the one exact arithmetic would give; when they are closer than
 * that, the caller compares the exact values. No estimate is ever stored as a result or shown.
 */
final class Estimates {

    /** The unit roundoff of {@code double}: one rounding moves a value by at most this fraction of it. */
    static final double UNIT = 0x1p-53;

    private Estimates() {
    }

    /**
     * The nearest double to the fraction, within 1.01 × {@link #UNIT} of it relatively: exact when numerator and
     * denominator are exact doubles (one rounding), else by a decimal division to 34 digits and one rounding.
     */
    static double of(Rational value) {
        if (value.numerator().bitLength() <= 53 && value.denominator().bitLength() <= 53) {
            return value.numerator().doubleValue() / value.denominator().doubleValue();
        }
        return new BigDecimal(value.numerator())
                .divide(new BigDecimal(value.denominator()), MathContext.DECIMAL128).doubleValue();
    }

    /**
     * -1 when {@code a < b} is certain, 1 when {@code a > b} is certain, 0 when the estimates are too close to tell:
     * {@code error} bounds |a − exact a| + |b − exact b|, and the comparison itself allows for rounding the sums.
     */
    static int compare(double a, double b, double error) {
        double margin = error + 4 * UNIT * (Math.abs(a) + Math.abs(b));
        if (a + margin < b) {
            return -1;
        }
        if (a > b + margin) {
            return 1;
        }
        return 0;
    }
}
