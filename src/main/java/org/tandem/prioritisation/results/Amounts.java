package org.tandem.prioritisation.results;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.tandem.prioritisation.counting.Rational;

/**
 * Amounts of a count as stored and as shown. A count works in whole pounds and exact fractions of them; a fraction is
 * stored as {@code p/q} text so nothing is rounded, and shown to the penny with the exact fraction beside it when
 * rounding hid something.
 */
public final class Amounts {

    private Amounts() {
    }

    public static String stored(Rational amount) {
        return amount == null ? null : amount.toString();
    }

    public static Rational parse(String stored) {
        if (stored == null) {
            return null;
        }
        int slash = stored.indexOf('/');
        return slash < 0 ? Rational.of(new BigInteger(stored), BigInteger.ONE)
                : Rational.of(new BigInteger(stored.substring(0, slash)), new BigInteger(stored.substring(slash + 1)));
    }

    /** £9,800 */
    public static String pounds(long amount) {
        return "£" + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    /** £133.33 (exactly 400/3), £25 or £12.50: a stored fraction, to read. */
    public static String pounds(String stored) {
        if (stored == null) {
            return "";
        }
        Rational amount = parse(stored);
        if (amount.denominator().equals(BigInteger.ONE)) {
            return pounds(amount.numerator().longValueExact());
        }
        BigDecimal shown = amount.toDecimal(2);
        String text = "£" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(shown);
        boolean exact = Rational.of(shown.unscaledValue(), BigInteger.TEN.pow(shown.scale())).equals(amount);
        return exact ? text : text + " (exactly " + amount + ")";
    }

    /** 83.3% */
    public static String percent(long part, long whole) {
        return Rational.of(part, whole).times(100).toDecimal(1).setScale(1, RoundingMode.HALF_EVEN) + "%";
    }
}
