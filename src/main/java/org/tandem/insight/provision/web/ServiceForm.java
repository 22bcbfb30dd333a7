package org.tandem.insight.provision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundingLine;
import org.tandem.insight.provision.ServiceChecks;
import org.tandem.insight.provision.ServiceDraft;
import org.tandem.insight.provision.ServiceInput;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.DateParts;
import org.tandem.platform.SelfChecking;

/**
 * The service form as typed. Funding lines are {@value #FUNDING_LINES} pairs of fields with the same names, sent in
 * page order; outcomes claimed are one to a line of a text box. {@code area} is BOROUGH_WIDE or WARDS.
 */
public record ServiceForm(String name, String description, String providerOrganisationId, String providerName,
                          String clientGroup, String area, List<String> wardIds, List<String> fundingSource,
                          List<String> fundingAmount, String endsDay, String endsMonth, String endsYear,
                          String peopleReachedPerYear, String outcomesClaimed, String overlapsAndGaps,
                          List<String> needIds, Integer version) implements SelfChecking {

    static final int FUNDING_LINES = 4;
    static final String BOROUGH_WIDE = "BOROUGH_WIDE";
    static final String WARDS = "WARDS";
    private static final ServiceChecks.Fields FIELDS = new ServiceChecks.Fields("area", "fundingSource", "endsDay");

    static ServiceForm blank() {
        return new ServiceForm("", "", "", "", null, null, List.of(), List.of(), List.of(), "", "", "", "", "", "",
                List.of(), null);
    }

    static ServiceForm of(FundedService s) {
        List<String> sources = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        for (FundingLine line : s.fundingLines()) {
            sources.add(line.source().name());
            amounts.add(line.annualAmount().plain());
        }
        return new ServiceForm(s.name(), s.description(), s.providerOrganisationId() == null ? ""
                : s.providerOrganisationId().toString(), s.providerOrganisationId() == null ? s.providerName() : "",
                s.clientGroup().name(), s.boroughWide() ? BOROUGH_WIDE : WARDS,
                s.wards().stream().map(Ward::id).map(Object::toString).toList(), sources, amounts,
                DateParts.day(s.contractEndsOn()), DateParts.month(s.contractEndsOn()),
                DateParts.year(s.contractEndsOn()),
                s.peopleReachedPerYear() == null ? "" : s.peopleReachedPerYear().toString(),
                String.join("\n", s.outcomesClaimed()), s.overlapsAndGaps(),
                s.needsAddressed().stream().map(n -> n.id().toString()).toList(), s.version());
    }

    /** The funding lines to draw: those typed, then empty ones up to {@value #FUNDING_LINES}. */
    public List<ServiceInput.Funding> fundingLines() {
        List<ServiceInput.Funding> lines = new ArrayList<>(typedFunding());
        while (lines.size() < FUNDING_LINES) {
            lines.add(new ServiceInput.Funding("", ""));
        }
        return lines;
    }

    @Override
    public void check(Errors errors) {
        LocalDate ends = DateParts.read(endsDay, endsMonth, endsYear, "Contract end date", "ends", errors, false);
        if (typedFunding().size() > FUNDING_LINES) {
            errors.rejectValue("fundingSource", "size", "Enter up to " + FUNDING_LINES + " sources of funding");
        }
        ServiceChecks.check(input(ends), errors, FIELDS);
    }

    /** Only called once {@link #check} found nothing wrong, so a date that was typed is a real one. */
    ServiceDraft toDraft() {
        LocalDate ends = isBlank(endsDay) ? null : LocalDate.of(Integer.parseInt(endsYear.strip()),
                Integer.parseInt(endsMonth.strip()), Integer.parseInt(endsDay.strip()));
        return ServiceChecks.draft(input(ends));
    }

    private ServiceInput input(LocalDate ends) {
        return new ServiceInput(name, description, providerOrganisationId, providerName, clientGroup,
                BOROUGH_WIDE.equals(area) ? Boolean.TRUE : WARDS.equals(area) ? Boolean.FALSE : null, wardIds,
                typedFunding(), ends, peopleReachedPerYear,
                outcomesClaimed == null ? List.of() : Arrays.asList(outcomesClaimed.split("\\R")), overlapsAndGaps,
                needIds);
    }

    private List<ServiceInput.Funding> typedFunding() {
        List<String> sources = fundingSource == null ? List.of() : fundingSource;
        List<String> amounts = fundingAmount == null ? List.of() : fundingAmount;
        List<ServiceInput.Funding> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(sources.size(), amounts.size()); i++) {
            String source = i < sources.size() ? sources.get(i) : "";
            String amount = i < amounts.size() ? amounts.get(i) : "";
            if (!(isBlank(source) && isBlank(amount))) {
                lines.add(new ServiceInput.Funding(source, amount));
            }
        }
        return lines;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
