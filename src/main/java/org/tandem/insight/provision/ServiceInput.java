package org.tandem.insight.provision;

import java.time.LocalDate;
import java.util.List;

/**
 * A funded service as someone typed or sent it, before checking: the page's form, the API's request and each service
 * of an Open Referral import all become one of these, so one set of {@link ServiceChecks} applies to all of them.
 * The contract end date is already read (each channel writes dates its own way); null when none was given.
 */
public record ServiceInput(String name, String description, String providerOrganisationId, String providerName,
                           String clientGroup, Boolean boroughWide, List<String> wardIds, List<Funding> funding,
                           LocalDate contractEndsOn, String peopleReachedPerYear, List<String> outcomesClaimed,
                           String overlapsAndGaps, List<String> needIds) {

    /** One funding line as typed: the source's code and the yearly amount in pounds. */
    public record Funding(String source, String annualAmount) {
    }

    public ServiceInput {
        wardIds = wardIds == null ? List.of() : wardIds.stream().filter(w -> w != null && !w.isBlank()).toList();
        funding = funding == null ? List.of() : funding.stream().filter(java.util.Objects::nonNull).toList();
        outcomesClaimed = outcomesClaimed == null ? List.of()
                : outcomesClaimed.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
        needIds = needIds == null ? List.of() : needIds.stream().filter(n -> n != null && !n.isBlank()).toList();
    }
}
