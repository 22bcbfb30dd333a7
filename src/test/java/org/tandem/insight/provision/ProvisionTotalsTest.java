package org.tandem.insight.provision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** The totals' rules, on services made here and a clock fixed at the day that matters. */
class ProvisionTotalsTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final Ward EASTFIELD = new Ward(UUID.randomUUID(), ORG, "MB05", "Eastfield");
    private static final Ward NORTHGATE = new Ward(UUID.randomUUID(), ORG, "MB08", "Northgate");
    private static final Ward WESTMOOR = new Ward(UUID.randomUUID(), ORG, "MB10", "Westmoor");
    private static final List<Ward> WARDS = List.of(EASTFIELD, NORTHGATE, WESTMOOR);

    private final FundedService streetSport = service("Street sport", ClientGroup.CHILDREN_AND_YOUNG_PEOPLE,
            List.of(EASTFIELD, NORTHGATE), LocalDate.of(2027, 6, 30),
            line(FundingSource.COUNCIL_CORE, "60000"), line(FundingSource.PUBLIC_HEALTH_GRANT, "20000"));
    private final FundedService counselling = service("Counselling", ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, List.of(),
            LocalDate.of(2028, 3, 31), line(FundingSource.NHS, "140000"));
    private final FundedService carers = service("Young carers' breaks", ClientGroup.YOUNG_CARERS, List.of(),
            LocalDate.of(2027, 9, 30), line(FundingSource.COUNCIL_CORE, "35000"));
    private final FundedService rolling = service("Rolling grant", ClientGroup.FAMILIES, List.of(WESTMOOR), null,
            line(FundingSource.NATIONAL_LOTTERY, "5000.50"));
    private final List<FundedService> all = List.of(streetSport, counselling, carers, rolling);

    @Test
    void clientGroupsAndFundingSourcesAddUpToTheTotal() {
        ProvisionTotals totals = ProvisionTotals.of(all, WARDS, at("2026-12-03T12:00:00Z"));
        assertThat(totals.services()).isEqualTo(4);
        assertThat(totals.total()).isEqualTo(Money.pounds("260000.50"));
        assertThat(totals.byClientGroup()).containsExactly(
                new ProvisionTotals.Row("Children and young people", 2, Money.pounds("220000")),
                new ProvisionTotals.Row("Young carers", 1, Money.pounds("35000")),
                new ProvisionTotals.Row("Families", 1, Money.pounds("5000.50")));
        assertThat(totals.bySource()).containsExactly(
                new ProvisionTotals.Row("Council core budget", 2, Money.pounds("95000")),
                new ProvisionTotals.Row("Public health grant", 1, Money.pounds("20000")),
                new ProvisionTotals.Row("NHS", 1, Money.pounds("140000")),
                new ProvisionTotals.Row("National Lottery", 1, Money.pounds("5000.50")));
    }

    @Test
    void aBoroughWideServiceIsCountedOnceUnderBoroughWideAndInNoWard() {
        ProvisionTotals totals = ProvisionTotals.of(all, WARDS, at("2026-12-03T12:00:00Z"));
        assertThat(totals.byWard()).containsExactly(
                new ProvisionTotals.Row("Eastfield", 1, Money.pounds("80000")),
                new ProvisionTotals.Row("Northgate", 1, Money.pounds("80000")),
                new ProvisionTotals.Row("Westmoor", 1, Money.pounds("5000.50")));
        assertThat(totals.boroughWide()).isEqualTo(new ProvisionTotals.Row("Borough-wide", 2, Money.pounds("175000")));
    }

    @Test
    void contractsEndingAreCountedFromTodayInLondonUpToTwelveAndTwentyFourMonths() {
        ProvisionTotals december = ProvisionTotals.of(all, WARDS, at("2026-12-03T12:00:00Z"));
        assertThat(december.within12Months()).isEqualTo(new ProvisionTotals.Ending(LocalDate.of(2027, 12, 3), 2,
                Money.pounds("115000")));
        assertThat(december.within24Months()).isEqualTo(new ProvisionTotals.Ending(LocalDate.of(2028, 12, 3), 3,
                Money.pounds("255000")));

        // The last day counted is exactly twelve months on: counselling ends on 31 March 2028.
        assertThat(ProvisionTotals.of(all, WARDS, at("2027-03-31T12:00:00Z")).within12Months().services())
                .isEqualTo(3);
        assertThat(ProvisionTotals.of(all, WARDS, at("2027-03-30T12:00:00Z")).within12Months().services())
                .isEqualTo(2);
        // A contract that ended yesterday is no longer "ending in the next 12 months".
        ProvisionTotals july = ProvisionTotals.of(all, WARDS, at("2027-07-01T12:00:00Z"));
        assertThat(july.within12Months().services()).isEqualTo(2);
        // 23:30 on 30 June in UTC is already 1 July in London (summer time): street sport has ended.
        assertThat(ProvisionTotals.of(all, WARDS, at("2027-06-30T23:30:00Z")).today())
                .isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(ProvisionTotals.of(all, WARDS, at("2027-06-30T23:30:00Z")).within12Months().services())
                .isEqualTo(2);
    }

    @Test
    void anEmptyBaselineHasNothingInIt() {
        ProvisionTotals totals = ProvisionTotals.of(List.of(), WARDS, at("2026-12-03T12:00:00Z"));
        assertThat(totals.total()).isEqualTo(Money.ZERO);
        assertThat(totals.byClientGroup()).isEmpty();
        assertThat(totals.byWard()).allSatisfy(row -> assertThat(row.services()).isZero());
        assertThat(totals.within24Months().services()).isZero();
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    static FundingLine line(FundingSource source, String pounds) {
        return new FundingLine(source, Money.pounds(pounds));
    }

    static FundedService service(String name, ClientGroup group, List<Ward> wards, LocalDate ends,
                                 FundingLine... lines) {
        Money total = List.of(lines).stream().map(FundingLine::annualAmount).reduce(Money.ZERO, Money::plus);
        return new FundedService(UUID.randomUUID(), ORG, name, null, "Provider", null, group, wards.isEmpty(), wards,
                List.of(lines), total, ends, null, List.of(), null, List.of(), 0);
    }
}
