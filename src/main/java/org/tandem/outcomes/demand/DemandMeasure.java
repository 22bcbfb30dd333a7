package org.tandem.outcomes.demand;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** What a demand view counts: the level of need is a number of people, or an amount of money, hours or places. */
public enum DemandMeasure {
    PEOPLE("Number of people", "people", true),
    POUNDS("Amount of money (£)", null, false),
    HOURS("Hours of support", "hours", false),
    PLACES("Number of places", "places", true);

    private final String label;
    private final String unit;
    private final boolean whole;

    DemandMeasure(String label, String unit, boolean whole) {
        this.label = label;
        this.unit = unit;
        this.whole = whole;
    }

    public String label() {
        return label;
    }

    /** People and places are counted in whole numbers; money and hours may have pence or parts of an hour. */
    public boolean whole() {
        return whole;
    }

    /** "1,200 people", "£45,000.00", "350.5 hours" */
    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Locale.UK);
        if (this == POUNDS) {
            return "£" + new DecimalFormat("#,##0.00", uk).format(amount);
        }
        return new DecimalFormat("#,##0.##", uk).format(amount) + " " + unit;
    }
}
