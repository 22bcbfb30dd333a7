package org.tandem.prioritisation.process;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;

/** Setting up processes in tests: through the form, or straight through the service. */
final class PbSteps {

    private PbSteps() {
    }

    /** Ten days a phase, the first starting {@code collectionStartedDaysAgo} days before today. */
    static List<PhaseDates> phases(LocalDate today, int collectionStartedDaysAgo) {
        return ProcessRulesTest.phasesFrom(today.minusDays(collectionStartedDaysAgo));
    }

    static PbProcessView process(ProcessService processes, UUID organisationId, int collectionStartedDaysAgo,
                                 Eligibility eligibility, boolean published) {
        return processes.create(Actor.TANDEM, organisationId, new ProcessDetails(null, "Test fund " + UUID.randomUUID(),
                "For young people", Money.pounds("60000.00"),
                List.of(new ProcessDetails.DistrictBudget("Eastfield", Money.pounds("20000.00"))),
                phases(processes.today(), collectionStartedDaysAgo), eligibility, List.of("Eastfield"),
                List.of("MB1"), 11, published));
    }

    /** The set-up form filled in for a process whose proposal collection runs from today, with these changes. */
    static MockHttpServletRequestBuilder form(String path, LocalDate today, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Youth Fund test");
        fields.put("description", "Young people decide");
        fields.put("budget", "£60,000");
        fields.put("districts", "Eastfield: 20000\nNorthgate: £20,000.50");
        fields.put("eligibility", "SIGNED_IN");
        fields.put("minimumAge", "11");
        fields.put("wards", "Eastfield\nNorthgate");
        fields.put("postcodes", "mb1\nMB2 3CD");
        fields.put("published", "true");
        for (PhaseDates p : phases(today, 0)) {
            date(fields, p.phase(), "start", p.startsOn());
            date(fields, p.phase(), "end", p.endsOn());
        }
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((k, v) -> request.param(k, v));
        return request;
    }

    static void date(Map<String, String> fields, PbPhase phase, String which, LocalDate date) {
        String key = "dates[" + phase.name() + "-" + which + "-";
        fields.put(key + "day]", Integer.toString(date.getDayOfMonth()));
        fields.put(key + "month]", Integer.toString(date.getMonthValue()));
        fields.put(key + "year]", Integer.toString(date.getYear()));
    }
}
