package org.tandem.insight.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.Money;
import org.tandem.platform.Timestamps;

/**
 * The baseline added up: what is spent a year on whom, where and from which sources, and how much of it comes up
 * for renewal soon. By client group and by funding source the rows add up to the total. By ward they do not: a
 * service working in three wards is counted in each of them, while a borough-wide service is counted once, under
 * "Borough-wide", rather than in every ward (which would make every ward look well served by it).
 *
 * @param today the day "the next 12 months" are counted from, in London
 */
public record ProvisionTotals(LocalDate today, int services, Money total, List<Row> byClientGroup, List<Row> byWard,
                              Row boroughWide, List<Row> bySource, Ending within12Months, Ending within24Months) {

    /** One line of a breakdown: how many services, and what they receive a year. */
    public record Row(String label, int services, Money value) {
    }

    /** Contracts ending on or after today and no later than {@code by}. */
    public record Ending(LocalDate by, int services, Money value) {
    }

    public ProvisionTotals {
        byClientGroup = List.copyOf(byClientGroup);
        byWard = List.copyOf(byWard);
        bySource = List.copyOf(bySource);
    }

    public static ProvisionTotals of(List<FundedService> services, List<Ward> wards, Clock clock) {
        LocalDate today = clock.instant().atZone(Timestamps.LONDON).toLocalDate();
        List<Row> byGroup = new ArrayList<>();
        for (ClientGroup group : ClientGroup.values()) {
            Row row = row(group.label(), services, s -> s.clientGroup() == group);
            if (row.services() > 0) {
                byGroup.add(row);
            }
        }
        List<Row> byWard = wards.stream()
                .map(w -> row(w.name(), services, s -> !s.boroughWide() && s.wards().stream()
                        .anyMatch(x -> x.id().equals(w.id()))))
                .toList();
        List<Row> bySource = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            List<FundingLine> lines = services.stream().flatMap(s -> s.fundingLines().stream())
                    .filter(l -> l.source() == source).toList();
            if (!lines.isEmpty()) {
                bySource.add(new Row(source.label(), lines.size(),
                        lines.stream().map(FundingLine::annualAmount).reduce(Money.ZERO, Money::plus)));
            }
        }
        return new ProvisionTotals(today, services.size(), sum(services), byGroup, byWard,
                row("Borough-wide", services, FundedService::boroughWide), bySource,
                ending(services, today, today.plusMonths(12)), ending(services, today, today.plusMonths(24)));
    }

    private static Ending ending(List<FundedService> services, LocalDate today, LocalDate by) {
        List<FundedService> ending = services.stream().filter(s -> s.endsBetween(today, by)).toList();
        return new Ending(by, ending.size(), sum(ending));
    }

    private static Row row(String label, List<FundedService> services, Predicate<FundedService> in) {
        List<FundedService> matching = services.stream().filter(in).toList();
        return new Row(label, matching.size(), sum(matching));
    }

    private static Money sum(List<FundedService> services) {
        return services.stream().map(FundedService::annualTotal).reduce(Money.ZERO, Money::plus);
    }
}
