package org.tandem.insight.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.Money;

/**
 * The editable facts of a funded service, already checked (by the form, the API request or an import). Wards and
 * needs are ids that the service layer has confirmed belong to the organisation.
 */
public record ServiceDraft(String name, String description, String providerName, UUID providerOrganisationId,
                           ClientGroup clientGroup, boolean boroughWide, Set<UUID> wardIds,
                           List<FundingLine> fundingLines, LocalDate contractEndsOn, Integer peopleReachedPerYear,
                           List<String> outcomesClaimed, String overlapsAndGaps, Set<UUID> needIds) {

    public ServiceDraft {
        wardIds = boroughWide ? Set.of() : Set.copyOf(wardIds);
        fundingLines = List.copyOf(fundingLines);
        outcomesClaimed = List.copyOf(outcomesClaimed);
        needIds = Set.copyOf(needIds);
    }

    public Money annualTotal() {
        return fundingLines.stream().map(FundingLine::annualAmount).reduce(Money.ZERO, Money::plus);
    }
}
