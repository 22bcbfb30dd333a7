package org.tandem.insight.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;

/**
 * Millbrook's ten wards and the needs its youth-services needs assessment found. Runs first of the Insight demo
 * data ({@code @Order(0)}): the baseline, asset map and evidence all refer to wards and needs.
 */
@Component
class DemoWardsAndNeeds {

    /** Ward names by code: a fictional borough. */
    static final Map<String, String> WARDS = new LinkedHashMap<>();

    static {
        WARDS.put("MB01", "Abbey");
        WARDS.put("MB02", "Brookside");
        WARDS.put("MB03", "Canal Side");
        WARDS.put("MB04", "Castle");
        WARDS.put("MB05", "Eastfield");
        WARDS.put("MB06", "Hilltop");
        WARDS.put("MB07", "Market");
        WARDS.put("MB08", "Northgate");
        WARDS.put("MB09", "Riverside");
        WARDS.put("MB10", "Westmoor");
    }

    private final WardRepository wards;
    private final NeedRepository needs;
    private final Clock clock;

    DemoWardsAndNeeds(WardRepository wards, NeedRepository needs, Clock clock) {
        this.wards = wards;
        this.needs = needs;
        this.clock = clock;
    }

    @EventListener
    @Order(0)
    void on(DemoCommissionReady demo) {
        Map<String, UUID> byName = new LinkedHashMap<>();
        WARDS.forEach((code, name) -> {
            Ward ward = wards.create(demo.organisationId(), code, name, clock.instant());
            byName.put(name, ward.id());
        });
        need(demo, "Young people feel lonely and cut off outside school",
                "In the appreciative workshops, young people in Eastfield and Northgate said there is nowhere to "
                        + "go and nobody to go with after school.", Priority.HIGH, byName, "Eastfield", "Northgate");
        need(demo, "Anxiety and low mood among 13 to 18 year olds",
                "Referrals to children's mental health services rose by a third in two years; waiting times are "
                        + "long and most young people are not referred at all.", Priority.HIGH, byName);
        need(demo, "Few safe places to meet in the evening on the estates",
                "Young people on the Brookside, Canal Side and Eastfield estates feel unsafe after dark.",
                Priority.HIGH, byName, "Brookside", "Canal Side", "Eastfield");
        need(demo, "Young people not in education, employment or training after 16",
                "NEET rates in Northgate and Market are twice the borough average.", Priority.MEDIUM, byName,
                "Northgate", "Market");
        need(demo, "Young carers miss out on activities and time with friends",
                "Young carers told the Young Voices peer researchers they rarely get time for themselves.",
                Priority.MEDIUM, byName);
        need(demo, "Girls aged 11 to 16 are less physically active",
                "Half as many girls as boys take part in sport outside school.", Priority.LOW, byName);
    }

    private void need(DemoCommissionReady demo, String title, String description, Priority priority,
                      Map<String, UUID> wardsByName, String... wardNames) {
        List<UUID> wardIds = java.util.Arrays.stream(wardNames).map(wardsByName::get).toList();
        needs.create(demo.organisationId(), demo.commissionId(), title, description, priority, wardIds,
                clock.instant());
    }
}
