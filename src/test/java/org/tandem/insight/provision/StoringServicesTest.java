package org.tandem.insight.provision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;

class StoringServicesTest extends TenantTest {

    @Autowired
    FundedServiceRepository services;
    @Autowired
    WardRepository wards;
    @Autowired
    NeedRepository needs;

    @Test
    void aServiceIsStoredWithEverythingItSaysAndReadBackWithinItsOrganisationOnly() {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);
        Ward canal = wards.create(council, "T01", "Canal Side", Instant.now());
        Ward abbey = wards.create(council, "T02", "Abbey", Instant.now());
        Need evenings = needs.create(council, null, "Few safe places to meet in the evening", null, Priority.HIGH,
                List.of(canal.id()), Instant.now());
        UUID id = UUID.randomUUID();
        services.insert(id, council, new ServiceDraft("Open-access youth clubs", "Three evenings a week",
                "Riverside Youth Trust", provider, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false,
                Set.of(canal.id(), abbey.id()),
                List.of(new FundingLine(FundingSource.COUNCIL_CORE, Money.pounds("180000.00")),
                        new FundingLine(FundingSource.NATIONAL_LOTTERY, Money.pounds("12500.50"))),
                LocalDate.of(2027, 3, 31), 640, List.of("Young people feel safer", "More friends"),
                "Overlaps with detached work in Brookside", Set.of(evenings.id())), null, Instant.now());

        FundedService stored = services.find(council, id).orElseThrow();
        assertThat(stored.name()).isEqualTo("Open-access youth clubs");
        assertThat(stored.providerOrganisationId()).isEqualTo(provider);
        assertThat(stored.wards()).extracting(Ward::name).containsExactly("Abbey", "Canal Side");
        assertThat(stored.fundingLines()).extracting(FundingLine::source)
                .containsExactly(FundingSource.COUNCIL_CORE, FundingSource.NATIONAL_LOTTERY);
        assertThat(stored.annualTotal()).isEqualTo(Money.pounds("192500.50"));
        assertThat(stored.contractEndsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(stored.peopleReachedPerYear()).isEqualTo(640);
        assertThat(stored.outcomesClaimed()).containsExactly("Young people feel safer", "More friends");
        assertThat(stored.needsAddressed()).extracting(NeedAddressed::title)
                .containsExactly("Few safe places to meet in the evening");
        assertThat(stored.worksIn(canal.id())).isTrue();
        assertThat(stored.version()).isZero();
        assertThat(services.servicesOf(council)).extracting(FundedService::id).containsExactly(id);

        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        assertThat(services.find(elsewhere, id)).isEmpty();
        assertThat(services.servicesOf(elsewhere)).isEmpty();
    }

    @Test
    void aBoroughWideServiceWithNoReachOrEndDateKeepsThemUnknown() {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        UUID id = UUID.randomUUID();
        services.insert(id, council, new ServiceDraft("Young carers' breaks", null, "Vale Carers Centre", null,
                ClientGroup.YOUNG_CARERS, true, Set.of(),
                List.of(new FundingLine(FundingSource.COUNCIL_CORE, Money.pounds("35000"))), null, null, List.of(),
                null, Set.of()), null, Instant.now());
        FundedService stored = services.find(council, id).orElseThrow();
        assertThat(stored.boroughWide()).isTrue();
        assertThat(stored.wards()).isEmpty();
        assertThat(stored.worksIn(UUID.randomUUID())).isTrue();
        assertThat(stored.providerOrganisationId()).isNull();
        assertThat(stored.peopleReachedPerYear()).isNull();
        assertThat(stored.contractEndsOn()).isNull();
    }
}
