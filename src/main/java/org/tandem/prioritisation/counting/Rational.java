package org.tandem.prioritisation.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction of money or of utility, always in lowest terms with a positive denominator. Counting uses it
 * instead of {@code double} so that two prices that are equal compare equal and a tie is seen as a tie.
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Rational of(long whole) {
        return whole == 0 ? ZERO : new Rational(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction cannot have a zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Rational(numerator, denominator);
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public Rational plus(Rational other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational plus(long whole) {
        return whole == 0 ? this : new Rational(numerator.add(denominator.multiply(BigInteger.valueOf(whole))),
                denominator);
    }

    public Rational minus(Rational other) {
        return plus(other.negate());
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    public Rational times(long whole) {
        return of(numerator.multiply(BigInteger.valueOf(whole)), denominator);
    }

    public Rational times(Rational other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Rational dividedBy(long whole) {
        return of(numerator, denominator.multiply(BigInteger.valueOf(whole)));
    }

    public Rational dividedBy(Rational other) {
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** Compares with {@code value × whole} without building the product as a fraction. */
    public int compareTo(Rational value, long whole) {
        return numerator.multiply(value.denominator)
                .compareTo(value.numerator.multiply(BigInteger.valueOf(whole)).multiply(denominator));
    }

    /** Compares with a whole number of currency units. */
    public int compareTo(long whole) {
        return numerator.compareTo(denominator.multiply(BigInteger.valueOf(whole)));
    }

    @Override
    public int compareTo(Rational other) {
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The value rounded half-even to {@code scale} decimal places, for showing; counting never rounds. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rational that && numerator.equals(that.numerator)
                && denominator.equals(that.denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    /** {@code 7}, or {@code 22/7}: exact, and what a recount by hand can be compared with. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
