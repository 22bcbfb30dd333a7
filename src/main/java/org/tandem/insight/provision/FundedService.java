package org.tandem.insight.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.Money;

/**
 * A service the organisation funds now: one line of the baseline of current provision (seed 000, Insight; seed 002,
 * Table 2, "Review service provision" in the Analyse phase). It belongs to the organisation and is reused by every
 * commission that sets current provision against its needs.
 *
 * @param providerOrganisationId the provider's organisation on Tandem, or null for a provider that is not on Tandem
 *                               (then only {@code providerName} is known)
 * @param boroughWide            true when the service works across the whole area; it then has no wards of its own
 * @param wards                  where the service works, when it is not borough-wide
 * @param annualTotal            the sum of the funding lines
 * @param contractEndsOn         when the current contract or grant ends; null when it has no end date
 * @param peopleReachedPerYear   null when not known
 */
public record FundedService(UUID id, UUID organisationId, String name, String description, String providerName,
                            UUID providerOrganisationId, ClientGroup clientGroup, boolean boroughWide, List<Ward> wards,
                            List<FundingLine> fundingLines, Money annualTotal, LocalDate contractEndsOn,
                            Integer peopleReachedPerYear, List<String> outcomesClaimed, String overlapsAndGaps,
                            List<NeedAddressed> needsAddressed, int version) {

    public FundedService {
        wards = List.copyOf(wards);
        fundingLines = List.copyOf(fundingLines);
        outcomesClaimed = List.copyOf(outcomesClaimed);
        needsAddressed = List.copyOf(needsAddressed);
    }

    /** Whether the service works in this ward: borough-wide services work in every ward. */
    public boolean worksIn(UUID wardId) {
        return boroughWide || wards.stream().anyMatch(w -> w.id().equals(wardId));
    }

    public boolean addresses(UUID needId) {
        return needsAddressed.stream().anyMatch(n -> n.id().equals(needId));
    }

    /** True when the contract ends on or after {@code from} and no later than {@code until}. */
    public boolean endsBetween(LocalDate from, LocalDate until) {
        return contractEndsOn != null && !contractEndsOn.isBefore(from) && !contractEndsOn.isAfter(until);
    }
}
