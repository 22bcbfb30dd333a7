package org.tandem.insight.provision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a service's money comes from ("How is it being funded?", seed 000, Insight). */
public enum FundingSource {
    COUNCIL_CORE("Council core budget"),
    PUBLIC_HEALTH_GRANT("Public health grant"),
    NHS("NHS"),
    UK_SHARED_PROSPERITY_FUND("UK Shared Prosperity Fund"),
    NATIONAL_LOTTERY("National Lottery"),
    CHARITABLE_TRUST("Charitable trust or foundation"),
    GOVERNMENT_GRANT("Other government grant"),
    OTHER("Other");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The source whose label this is, ignoring case: how Open Referral files name a source. */
    public static Optional<FundingSource> byLabel(String label) {
        String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
