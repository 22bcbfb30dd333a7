package org.tandem.insight.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.provision.ClientGroup;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundedServiceRepository;
import org.tandem.insight.provision.FundingLine;
import org.tandem.insight.provision.FundingSource;
import org.tandem.insight.provision.ServiceDraft;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.Money;

/**
 * The story's current services that the autumn review visits, found by name in the baseline's demo data (which runs
 * first). The quality review must not depend on the baseline's demo being loaded, so any service missing from it is
 * added here with the story's facts, once.
 */
@Component
class DemoStoryServices {

    static final String YOUTH_CLUBS = "Riverside open-access youth clubs";
    static final String DETACHED = "Detached youth work on the estates";
    static final String STREET_SPORT = "Street sport sessions";
    static final String YOUTH_CENTRES = "Millbrook youth centres";
    static final String COUNSELLING = "Open Door young people's counselling";

    private final FundedServiceRepository services;
    private final WardRepository wards;
    private final Clock clock;

    DemoStoryServices(FundedServiceRepository services, WardRepository wards, Clock clock) {
        this.services = services;
        this.wards = wards;
        this.clock = clock;
    }

    /** The five services by name, in the order the review visits them. */
    Map<String, FundedService> find(DemoCommissionReady demo) {
        UUID council = demo.organisationId();
        UUID riverside = demo.cast().organisation("riverside");
        UUID kickstart = demo.cast().organisation("kickstart");
        Map<String, ServiceDraft> story = new LinkedHashMap<>();
        story.put(YOUTH_CLUBS, draft(council, YOUTH_CLUBS, "Riverside Youth Trust", riverside,
                List.of("Riverside", "Canal Side", "Brookside"), LocalDate.of(2027, 3, 31), 640,
                line(FundingSource.COUNCIL_CORE, "180000")));
        story.put(DETACHED, draft(council, DETACHED, "Riverside Youth Trust", riverside,
                List.of("Eastfield", "Brookside"), LocalDate.of(2027, 3, 31), null,
                line(FundingSource.COUNCIL_CORE, "95000")));
        story.put(STREET_SPORT, draft(council, STREET_SPORT, "Kickstart Sport CIC", kickstart,
                List.of("Northgate", "Market", "Eastfield"), LocalDate.of(2027, 6, 30), null,
                line(FundingSource.COUNCIL_CORE, "60000"), line(FundingSource.PUBLIC_HEALTH_GRANT, "20000")));
        story.put(YOUTH_CENTRES, draft(council, YOUTH_CENTRES, "Millbrook Borough Council youth service", null,
                List.of("Castle", "Abbey"), LocalDate.of(2027, 3, 31), null,
                line(FundingSource.COUNCIL_CORE, "310000")));
        story.put(COUNSELLING, draft(council, COUNSELLING, "Open Door Counselling", null, List.of(),
                LocalDate.of(2028, 3, 31), null, line(FundingSource.NHS, "140000")));
        Map<String, FundedService> existing = services.servicesOf(council).stream()
                .collect(Collectors.toMap(FundedService::name, s -> s, (a, b) -> a));
        Map<String, FundedService> found = new LinkedHashMap<>();
        story.forEach((name, draft) -> found.put(name, existing.containsKey(name) ? existing.get(name)
                : add(council, draft)));
        return found;
    }

    private FundedService add(UUID council, ServiceDraft draft) {
        UUID id = UUID.randomUUID();
        services.insert(id, council, draft, null, clock.instant());
        return services.find(council, id).orElseThrow();
    }

    private ServiceDraft draft(UUID council, String name, String provider, UUID providerId, List<String> wardNames,
                               LocalDate ends, Integer reach, FundingLine... funding) {
        Map<String, UUID> byName = wards.wardsOf(council).stream().collect(Collectors.toMap(Ward::name, Ward::id));
        Set<UUID> wardIds = wardNames.stream().map(byName::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return new ServiceDraft(name, null, provider, providerId, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE,
                wardNames.isEmpty(), wardIds, Arrays.asList(funding), ends, reach, List.of(), null, Set.of());
    }

    private static FundingLine line(FundingSource source, String pounds) {
        return new FundingLine(source, Money.pounds(pounds));
    }
}
