package org.tandem.insight.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundedServiceRepository;

/**
 * The story's current services that the autumn review visits, found by name in the baseline's demo data, which runs
 * first ({@code @Order(20)}).
 */
@Component
class DemoStoryServices {

    static final String YOUTH_CLUBS = "Riverside open-access youth clubs";
    static final String DETACHED = "Detached youth work on the estates";
    static final String STREET_SPORT = "Street sport sessions";
    static final String YOUTH_CENTRES = "Millbrook youth centres";
    static final String COUNSELLING = "Open Door young people's counselling";
    private static final List<String> VISITED = List.of(YOUTH_CLUBS, DETACHED, STREET_SPORT, YOUTH_CENTRES, COUNSELLING);

    private final FundedServiceRepository services;

    DemoStoryServices(FundedServiceRepository services) {
        this.services = services;
    }

    /** The five services by name, in the order the review visits them. */
    Map<String, FundedService> find(DemoCommissionReady demo) {
        Map<String, FundedService> byName = services.servicesOf(demo.organisationId()).stream()
                .collect(Collectors.toMap(FundedService::name, Function.identity(), (a, b) -> a));
        Map<String, FundedService> visited = new LinkedHashMap<>();
        for (String name : VISITED) {
            FundedService service = byName.get(name);
            if (service == null) {
                throw new IllegalStateException("The baseline's demo data has no service called " + name);
            }
            visited.put(name, service);
        }
        return visited;
    }
}
