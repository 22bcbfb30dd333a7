package org.tandem.platform.charts;

/**
 * Colours from the GOV.UK palette, chosen to be told apart and to contrast with white (WCAG 1.4.11 needs 3:1 for
 * graphics). Series are also named in a legend and in the table, so colour is never the only way to tell them apart.
 */
public enum Colour {
    BLUE("#1d70b8"), GREEN("#00703c"), ORANGE("#b24b00"), PURPLE("#4c2c92"), TURQUOISE("#10655e"),
    PINK("#a11f63"), RED("#d4351c"), BROWN("#6f4e37"), DARK_GREY("#505a5f"), AMBER("#b85c00");

    private final String hex;

    Colour(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    /** The n-th colour of the default sequence, for series that have no colour of their own. */
    public static Colour nth(int n) {
        Colour[] sequence = {BLUE, GREEN, ORANGE, PURPLE, TURQUOISE, PINK, BROWN, DARK_GREY};
        return sequence[Math.floorMod(n, sequence.length)];
    }
}
