package org.tandem.insight.provision.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.provision.ClientGroup;
import org.tandem.insight.provision.FundingSource;
import org.tandem.insight.provision.ServiceChecks;
import org.tandem.insight.provision.ServiceDraft;
import org.tandem.insight.provision.ServiceInput;
import org.tandem.platform.SelfChecking;

/**
 * A funded service as an API client sends it, checked by the same {@link ServiceChecks} as the page's form. Values
 * stay text until checked, so a wrong one is reported against its property.
 */
record FundedServiceRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ServiceChecks.NAME_MAX) String name,
        @Schema(maxLength = ServiceChecks.DESCRIPTION_MAX) String description,
        @Schema(description = "A provider organisation on Tandem; leave out for a provider not on Tandem",
                format = "uuid") String providerOrganisationId,
        @Schema(description = "The provider's name, when it is not on Tandem", maxLength = ServiceChecks.PROVIDER_MAX)
        String providerName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ClientGroup.class) String clientGroup,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "True for a service across the whole "
                + "area; false for one in the wards listed") Boolean boroughWide,
        @ArraySchema(schema = @Schema(format = "uuid")) List<String> wardIds,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "One line for each source of funding")) List<FundingLineRequest> funding,
        @Schema(format = "date", example = "2027-03-31") String contractEndsOn,
        @Schema(minimum = "0", maximum = "10000000") Integer peopleReachedPerYear,
        List<String> outcomesClaimed, @Schema(maxLength = ServiceChecks.NOTES_MAX) String overlapsAndGaps,
        @ArraySchema(schema = @Schema(format = "uuid")) List<String> needIds,
        @Schema(description = "When changing a service: the version you read") Integer version)
        implements SelfChecking {

    record FundingLineRequest(@Schema(implementation = FundingSource.class) String source,
                              @Schema(description = "Pounds and pence a year", example = "180000.00")
                              String annualAmount) {
    }

    @Override
    public void check(Errors errors) {
        LocalDate ends = null;
        if (contractEndsOn != null && !contractEndsOn.isBlank()) {
            try {
                ends = LocalDate.parse(contractEndsOn.strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue("contractEndsOn", "invalid",
                        "Contract end date must be a real date written as yyyy-mm-dd, like 2027-03-31");
            }
        }
        ServiceChecks.check(input(ends), errors, ServiceChecks.Fields.API);
    }

    /** Only called once {@link #check} found nothing wrong. */
    ServiceDraft draft() {
        return ServiceChecks.draft(input(contractEndsOn == null || contractEndsOn.isBlank() ? null
                : LocalDate.parse(contractEndsOn.strip())));
    }

    private ServiceInput input(LocalDate ends) {
        return new ServiceInput(name, description, providerOrganisationId, providerName, clientGroup, boroughWide,
                wardIds, funding == null ? List.of() : funding.stream()
                .map(f -> f == null ? null : new ServiceInput.Funding(f.source(), f.annualAmount())).toList(),
                ends, peopleReachedPerYear == null ? null : peopleReachedPerYear.toString(), outcomesClaimed,
                overlapsAndGaps, needIds);
    }
}
