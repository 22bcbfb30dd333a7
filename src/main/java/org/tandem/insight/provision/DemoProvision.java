package org.tandem.insight.provision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;

/**
 * Millbrook's current youth provision, as Tom Okafor mapped it for the youth-services commission: the seven services
 * of the demo story, linked to the needs they address. Nothing addresses girls' physical activity, and nothing
 * reaches young people not in education, employment or training in Market: the gap analysis shows both.
 * Runs after the wards and needs exist ({@code @Order(20)}).
 */
@Component
class DemoProvision {

    private static final String LONELY = "Young people feel lonely and cut off outside school";
    private static final String ANXIETY = "Anxiety and low mood among 13 to 18 year olds";
    private static final String EVENINGS = "Few safe places to meet in the evening on the estates";
    private static final String NEET = "Young people not in education, employment or training after 16";
    private static final String CARERS = "Young carers miss out on activities and time with friends";

    private final ProvisionService provision;
    private final WardRepository wards;
    private final NeedRepository needs;

    DemoProvision(ProvisionService provision, WardRepository wards, NeedRepository needs) {
        this.provision = provision;
        this.wards = wards;
        this.needs = needs;
    }

    @EventListener
    @Order(20)
    void on(DemoCommissionReady demo) {
        UUID council = demo.organisationId();
        // The first of any two with one name: other modules' demo data may add needs of their own.
        Map<String, UUID> ward = wards.wardsOf(council).stream()
                .collect(Collectors.toMap(Ward::name, Ward::id, (first, second) -> first));
        Map<String, UUID> need = needs.needsOf(council).stream()
                .collect(Collectors.toMap(Need::title, Need::id, (first, second) -> first));
        Actor tom = demo.cast().person("officer");
        UUID riverside = demo.cast().organisation("riverside");
        UUID kickstart = demo.cast().organisation("kickstart");

        add(tom, council, new ServiceDraft("Riverside open-access youth clubs",
                "Drop-in youth clubs three evenings a week: games, music, cooking and someone to talk to.",
                "", riverside, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false,
                ids(ward, "Riverside", "Canal Side", "Brookside"),
                List.of(line(FundingSource.COUNCIL_CORE, "180000")), LocalDate.of(2027, 3, 31), 640,
                List.of("Young people have a safe place to go in the evening", "Young people make new friends"),
                "Overlaps with the detached youth work in Brookside. Nothing on Friday nights, when young people "
                        + "say they most need somewhere to go.", ids(need, LONELY, EVENINGS)));
        add(tom, council, new ServiceDraft("Detached youth work on the estates",
                "Youth workers meet young people where they are, on the estates and in the parks, after dark.",
                "", riverside, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false, ids(ward, "Eastfield", "Brookside"),
                List.of(line(FundingSource.COUNCIL_CORE, "95000")), LocalDate.of(2027, 3, 31), 210,
                List.of("Fewer young people drawn into antisocial behaviour"),
                "Two workers cover both estates, so each gets two nights a week.", ids(need, EVENINGS, LONELY)));
        add(tom, council, new ServiceDraft("Street sport sessions",
                "Free football, basketball and boxing sessions on courts in Northgate, Market and Eastfield.",
                "", kickstart, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false,
                ids(ward, "Northgate", "Market", "Eastfield"),
                List.of(line(FundingSource.COUNCIL_CORE, "60000"), line(FundingSource.PUBLIC_HEALTH_GRANT, "20000")),
                LocalDate.of(2027, 6, 30), 380,
                List.of("Young people are more physically active", "Young people feel part of a team"),
                "Nine in ten who come are boys: the sessions do not reach girls.", ids(need, LONELY, EVENINGS)));
        add(tom, council, new ServiceDraft("Millbrook youth centres",
                "The council's own youth centres in Castle and Abbey, open five evenings a week.",
                "Millbrook Borough Council youth service", null, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false,
                ids(ward, "Castle", "Abbey"), List.of(line(FundingSource.COUNCIL_CORE, "310000")),
                LocalDate.of(2027, 3, 31), 900, List.of("Young people take part in positive activities"),
                "The buildings need repair; mystery shoppers found one centre closed at advertised times.",
                ids(need, LONELY, EVENINGS)));
        add(tom, council, new ServiceDraft("Open Door young people's counselling",
                "Free counselling for 11 to 25 year olds, in person and online.", "Open Door Counselling", null,
                ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, true, Set.of(), List.of(line(FundingSource.NHS, "140000")),
                LocalDate.of(2028, 3, 31), 320,
                List.of("Young people's well-being improves after counselling"),
                "The waiting list is over four months long.", ids(need, ANXIETY)));
        add(tom, council, new ServiceDraft("Young carers' breaks",
                "Days out, holiday activities and a monthly club for young carers.", "Vale Carers Centre", null,
                ClientGroup.YOUNG_CARERS, true, Set.of(), List.of(line(FundingSource.COUNCIL_CORE, "35000")),
                LocalDate.of(2027, 9, 30), 85, List.of("Young carers have time for themselves"),
                "Only young carers known to the council are referred; the peer researchers met many who are not.",
                ids(need, CARERS)));
        add(tom, council, new ServiceDraft("Northgate Futures mentoring",
                "One-to-one mentoring into college, apprenticeships and work for 16 to 18 year olds.",
                "Northgate Futures", null, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false, ids(ward, "Northgate"),
                List.of(line(FundingSource.UK_SHARED_PROSPERITY_FUND, "50000")), LocalDate.of(2027, 12, 31), 60,
                List.of("Young people move into education, employment or training"),
                "Nothing like it in Market, where NEET rates are as high.", ids(need, NEET)));
    }

    private void add(Actor actor, UUID council, ServiceDraft draft) {
        provision.createAs(actor, council, draft);
    }

    private static FundingLine line(FundingSource source, String pounds) {
        return new FundingLine(source, Money.pounds(pounds));
    }

    private static Set<UUID> ids(Map<String, UUID> byName, String... names) {
        return Arrays.stream(names).map(name -> {
            UUID id = byName.get(name);
            if (id == null) {
                throw new IllegalStateException("The demo has no " + name);
            }
            return id;
        }).collect(Collectors.toSet());
    }
}
