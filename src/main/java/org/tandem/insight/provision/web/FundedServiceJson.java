package org.tandem.insight.provision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.provision.ClientGroup;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundingSource;

/** A funded service in the API. Amounts are strings of pounds and pence, so no precision is lost. */
record FundedServiceJson(UUID id, String name, String description, ProviderJson provider, ClientGroup clientGroup,
                         @Schema(description = "True when the service works across the whole area; it then has no "
                                 + "wards of its own") boolean boroughWide,
                         List<WardJson> wards, List<FundingLineJson> funding,
                         @Schema(description = "Pounds and pence a year: the sum of the funding lines",
                                 example = "180000.00") String annualTotal,
                         LocalDate contractEndsOn, Integer peopleReachedPerYear, List<String> outcomesClaimed,
                         String overlapsAndGaps, List<NeedJson> needsAddressed, int version) {

    record ProviderJson(String name, @Schema(description = "The provider's organisation on Tandem; null when it is "
            + "not on Tandem") UUID organisationId) {
    }

    record WardJson(UUID id, String code, String name) {
    }

    record FundingLineJson(FundingSource source, @Schema(example = "180000.00") String annualAmount) {
    }

    record NeedJson(UUID id, String title, Priority priority) {
    }

    static FundedServiceJson of(FundedService s) {
        return new FundedServiceJson(s.id(), s.name(), s.description(),
                new ProviderJson(s.providerName(), s.providerOrganisationId()), s.clientGroup(), s.boroughWide(),
                s.wards().stream().map(w -> new WardJson(w.id(), w.code(), w.name())).toList(),
                s.fundingLines().stream().map(l -> new FundingLineJson(l.source(), l.annualAmount().plain())).toList(),
                s.annualTotal().plain(), s.contractEndsOn(), s.peopleReachedPerYear(), s.outcomesClaimed(),
                s.overlapsAndGaps(),
                s.needsAddressed().stream().map(n -> new NeedJson(n.id(), n.title(), n.priority())).toList(),
                s.version());
    }
}
