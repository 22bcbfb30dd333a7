package org.tandem.insight.provision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.insight.provision.ClientGroup;
import org.tandem.insight.provision.FundedServiceRepository;
import org.tandem.insight.provision.FundingSource;
import org.tandem.platform.Timestamps;
import org.tandem.platform.FormValues;

/**
 * The list's search and filters as they arrive in the query string, read safely: a value that is not one of the
 * choices reads as "any", so a tampered link shows everything rather than an error. Shared by the list page and the
 * API, which refuses unknown values instead (it checks before building one of these).
 *
 * @param ward   a ward's id, or BOROUGH_WIDE
 * @param ending 12 or 24: contracts ending within that many months from today
 */
public record ListQuery(String q, String clientGroup, String ward, String source, String provider, String ending,
                 String sort) {

    static final String BOROUGH_WIDE = "BOROUGH_WIDE";

    FundedServiceRepository.Filter filter(Clock clock) {
        LocalDate today = clock.instant().atZone(Timestamps.LONDON).toLocalDate();
        Integer months = months();
        return new FundedServiceRepository.Filter(q, FormValues.enumValue(ClientGroup.class, clientGroup),
                BOROUGH_WIDE.equals(ward) ? null : FormValues.uuid(ward), BOROUGH_WIDE.equals(ward),
                FormValues.enumValue(FundingSource.class, source), provider,
                months == null ? null : today, months == null ? null : today.plusMonths(months));
    }

    public FundedServiceRepository.Sort order() {
        FundedServiceRepository.Sort order = FormValues.enumValue(FundedServiceRepository.Sort.class, sort);
        return order == null ? FundedServiceRepository.Sort.NAME : order;
    }

    Integer months() {
        return "12".equals(ending) ? Integer.valueOf(12) : "24".equals(ending) ? Integer.valueOf(24) : null;
    }

    /** The list's address with these filters, ending in ? or & so a page number can follow. */
    String pageBase(UUID organisationId) {
        Map<String, String> present = new LinkedHashMap<>();
        present.put("q", q);
        present.put("clientGroup", clientGroup);
        present.put("ward", ward);
        present.put("source", source);
        present.put("provider", provider);
        present.put("ending", ending);
        present.put("sort", sort);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/o/" + organisationId + "/provision/services");
        boolean any = false;
        for (Map.Entry<String, String> e : present.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                uri.queryParam(e.getKey(), e.getValue());
                any = true;
            }
        }
        return uri.build().encode().toUriString() + (any ? "&" : "?");
    }
}
