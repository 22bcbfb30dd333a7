package org.tandem.insight.provision;

import java.util.Objects;
import org.tandem.platform.Money;

/** One source of a service's money and how much it gives a year. */
public record FundingLine(FundingSource source, Money annualAmount) {

    public FundingLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(annualAmount, "annualAmount");
    }
}
