package org.tandem.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in pounds and pence. Always scale 2; never a double. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** numeric(14,2): up to £999,999,999,999.99 */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private static final Pattern WRITTEN = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Money has at most two decimal places: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money pounds(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /**
     * Reads an amount as people type it: "1200000", "£1,200,000.50", " 75.5 ". Returns null when it is not an amount
     * of pounds and pence, so the caller can explain what went wrong next to the field.
     */
    public static Money parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replace("£", "").replace(",", "").replace(" ", "");
        if (!WRITTEN.matcher(cleaned).matches() || cleaned.length() > 20) {
            return null;
        }
        return new Money(new BigDecimal(cleaned));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** £1,200,000.00 */
    public String formatted() {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount);
    }

    /** 1200000.00: the form a person can type back in. */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
