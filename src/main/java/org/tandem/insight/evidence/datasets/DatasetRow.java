package org.tandem.insight.evidence.datasets;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * One value of a dataset, numbered as the row of the file it came from (the header is row 1). {@code wardCode} is
 * null for a value about the whole area.
 */
public record DatasetRow(int rowNumber, String indicator, String unit, String area, String wardCode, String period,
                         BigDecimal value) {

    /** "1,204.5 %": thousands separated, no trailing zeros, with the unit. */
    public String shownValue() {
        String number = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
        return unit == null ? number : number + " " + unit;
    }
}
