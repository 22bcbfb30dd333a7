package org.tandem.insight.assets;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * UK postcodes, read the way people type them ("mb5 2qt", "MB52QT", " Mb5  2Qt ") and stored one way: upper case
 * with one space before the last three characters. The shape is the one Royal Mail uses: an outward code (area
 * letters, district number, optional letter) and an inward code (a number and two letters, never C, I, K, M, O or V).
 */
public final class Postcode {

    private static final Pattern SHAPE = Pattern.compile(
            "^(GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
                    + "[0-9][ABD-HJLNP-UW-Z]{2})$");

    private Postcode() {
    }

    /** The postcode written the standard way, or null when it is not shaped like a UK postcode. */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 20) {
            return null;
        }
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
