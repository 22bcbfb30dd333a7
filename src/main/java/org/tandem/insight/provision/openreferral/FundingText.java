package org.tandem.insight.provision.openreferral;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.insight.provision.FundingLine;
import org.tandem.insight.provision.FundingSource;
import org.tandem.platform.Money;

/**
 * A funding line in Open Referral's one free-text {@code source} field: "Council core budget: £180,000.00 a year".
 * Open Referral has no amount field, so the amount is written in the words and read back from them.
 */
final class FundingText {

    private static final Pattern LINE = Pattern.compile("^\\s*(.+?)\\s*:\\s*£?\\s*([0-9][0-9,]*(?:\\.[0-9]{1,2})?)"
            + "\\s*(?:a year|per year|a yr)?\\s*\\.?\\s*$", Pattern.CASE_INSENSITIVE);

    private FundingText() {
    }

    static String of(FundingLine line) {
        return line.source().label() + ": " + line.annualAmount().formatted() + " a year";
    }

    /** The line, or empty when the text does not name a known source and an amount. */
    static Optional<FundingLine> read(String text) {
        if (text == null || text.length() > 300) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Money amount = Money.parse(m.group(2));
        return FundingSource.byLabel(m.group(1)).filter(s -> amount != null)
                .map(source -> new FundingLine(source, amount));
    }

    static String expected() {
        return "write the source and its amount a year, like 'Council core budget: £180,000.00 a year'; the source "
                + "must be one of: " + String.join(", ", java.util.Arrays.stream(FundingSource.values())
                .map(FundingSource::label).toList());
    }
}
