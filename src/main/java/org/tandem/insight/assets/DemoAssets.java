package org.tandem.insight.assets;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
import org.tandem.platform.Organisations;

/**
 * Millbrook's asset map in the demo story: what Tom Okafor and Young Voices found when they asked "what is here
 * already?" (seed 000's Box M did the same round a youth centre in Surrey). Every type of asset, across the
 * borough, linked to the needs assessment; one church hall not yet published while it is checked; a retired
 * mechanic's bike repairs pledged by a resident and published; and one pledge waiting for review.
 */
@Component
class DemoAssets {

    private final AssetService assets;
    private final PledgeService pledges;
    private final WardRepository wards;
    private final NeedRepository needs;
    private final Organisations organisations;

    DemoAssets(AssetService assets, PledgeService pledges, WardRepository wards, NeedRepository needs,
               Organisations organisations) {
        this.assets = assets;
        this.pledges = pledges;
        this.wards = wards;
        this.needs = needs;
        this.organisations = organisations;
    }

    /** The needs of the demo's needs assessment, by a word of their title. */
    private enum Demand {
        LONELY("lonely"), ANXIETY("anxiety"), SAFE_PLACES("safe places"), NEET("not in education"),
        YOUNG_CARERS("young carers"), GIRLS_ACTIVE("girls");

        private final String words;

        Demand(String words) {
            this.words = words;
        }
    }

    @EventListener
    @Order(30)
    void on(DemoCommissionReady demo) {
        UUID council = demo.organisationId();
        Actor tom = demo.cast().person("officer");
        Map<String, UUID> ward = wards.wardsOf(council).stream().collect(Collectors.toMap(Ward::name, Ward::id));
        List<Need> all = needs.needsOf(council);
        Function<Demand[], Set<UUID>> needIds = wanted -> Arrays.stream(wanted)
                .map(d -> all.stream().filter(n -> n.title().toLowerCase().contains(d.words)).findFirst()
                        .orElseThrow().id())
                .collect(Collectors.toSet());

        add(tom, council, true, new AssetDraft(AssetType.PHYSICAL, "Eastfield Community Centre",
                "A hall for up to 120 people, two meeting rooms and a kitchen. Free to youth groups on weekday "
                        + "evenings, and home of the Friday night youth drop-in.",
                "Anyone; youth groups book free of charge",
                new Contact("Linda Morris, centre manager", "01632 960 101", "bookings@eastfieldcc.example",
                        "https://eastfieldcc.example"),
                "14 Station Road\nEastfield\nMillbrook", "MB5 2QT", ward.get("Eastfield"),
                times("Drop-in for 11 to 18 year olds on Fridays, 6pm to 9pm",
                        weekdays(9 * 60, 21 * 60), session(DayOfWeek.SATURDAY, 10 * 60, 16 * 60)),
                at("52.421460", "-1.497790"), needIds.apply(new Demand[] {Demand.LONELY, Demand.SAFE_PLACES})));

        add(tom, council, true, new AssetDraft(AssetType.ASSOCIATIONS, "Northgate Boxing Club",
                "Boxing and fitness for 10 to 18 year olds, run by volunteers. The head coach mentors young people "
                        + "who have left school, and Wednesday evenings are for girls only.",
                "Young people aged 10 to 18; £1 a session, free if you cannot pay",
                new Contact("Curtis Lewis, head coach", "07700 900 214", "coach@northgateboxing.example", null),
                "Unit 3, Mill Lane\nNorthgate", "MB8 4NR", ward.get("Northgate"),
                times(null, session(DayOfWeek.MONDAY, 18 * 60, 20 * 60 + 30),
                        session(DayOfWeek.WEDNESDAY, 18 * 60, 20 * 60 + 30),
                        session(DayOfWeek.SATURDAY, 10 * 60, 12 * 60)),
                at("52.431020", "-1.512330"),
                needIds.apply(new Demand[] {Demand.NEET, Demand.LONELY, Demand.GIRLS_ACTIVE})));

        add(tom, council, true, new AssetDraft(AssetType.PHYSICAL, "Canal Side allotments",
                "Twelve plots and a shared community plot beside the canal. The allotment society welcomes young "
                        + "volunteers and families, and lends tools.",
                "Anyone; under-16s with an adult",
                new Contact("Canal Side Allotment Society", null, "plots@canalsideallotments.example", null),
                "Towpath Lane\nCanal Side", "MB3 6JW", ward.get("Canal Side"),
                times("Open in daylight hours; volunteers are on site on Sunday mornings",
                        session(DayOfWeek.SUNDAY, 9 * 60, 12 * 60)),
                at("52.414880", "-1.521170"), needIds.apply(new Demand[] {Demand.ANXIETY, Demand.LONELY})));

        add(tom, council, true, new AssetDraft(AssetType.ORGANISATIONS, "Millbrook Library makerspace",
                "3D printers, a laser cutter, sewing machines and laptops, with staff to help. A free coding club "
                        + "for 11 to 16 year olds meets on Tuesdays.",
                "Anyone with a library card (free to join)",
                new Contact("Makerspace team", "01632 960 330", "makerspace@millbrook.example",
                        "https://libraries.millbrook.example/makerspace"),
                "Central Library, Market Square\nMillbrook", "MB1 1AA", ward.get("Market"),
                times(null, session(DayOfWeek.TUESDAY, 16 * 60, 19 * 60), session(DayOfWeek.THURSDAY, 16 * 60, 19 * 60),
                        session(DayOfWeek.SATURDAY, 10 * 60, 16 * 60)),
                at("52.408290", "-1.510420"), needIds.apply(new Demand[] {Demand.NEET, Demand.LONELY})));

        add(tom, council, true, new AssetDraft(AssetType.CULTURAL, "Castle Museum",
                "Millbrook's local history museum, in the old castle gatehouse. Free entry for under-18s, and a "
                        + "young curators programme in the school holidays.",
                "Everyone; free for under-18s",
                new Contact(null, "01632 960 412", null, "https://castlemuseum.millbrook.example"),
                "Castle Hill\nMillbrook", "MB4 1HD", ward.get("Castle"),
                times("Closed on Mondays", range(DayOfWeek.TUESDAY, DayOfWeek.SUNDAY, 10 * 60, 17 * 60)),
                at("52.406710", "-1.505880"), needIds.apply(new Demand[] {Demand.LONELY})));

        add(tom, council, true, new AssetDraft(AssetType.PHYSICAL, "Hilltop skate park",
                "A free, floodlit skate park. A coach from Kickstart Sport runs beginner sessions, and Thursday "
                        + "evenings are girls' skate nights.",
                "Anyone; helmets lent free",
                Contact.NONE, "Hilltop Recreation Ground\nHilltop", "MB6 3LP", ward.get("Hilltop"),
                times("Floodlit until 9pm", range(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, 8 * 60, 21 * 60)),
                at("52.437650", "-1.488920"),
                needIds.apply(new Demand[] {Demand.SAFE_PLACES, Demand.GIRLS_ACTIVE})));

        add(tom, council, true, new AssetDraft(AssetType.ECONOMIC, "Millbrook Credit Union",
                "Savings accounts for young people from the age of 11, and money skills sessions for schools and "
                        + "youth groups.",
                "Anyone who lives or works in Millbrook",
                new Contact(null, "01632 960 555", "hello@millbrookcu.example", "https://millbrookcu.example"),
                "22 High Street\nMillbrook", "MB1 2BX", ward.get("Market"),
                times(null, weekdays(9 * 60 + 30, 16 * 60)), at("52.407900", "-1.508100"),
                needIds.apply(new Demand[] {Demand.NEET})));

        add(tom, council, true, new AssetDraft(AssetType.ASSOCIATIONS, "Young Voices",
                "Millbrook's youth voice group. Young people shape the services meant for them: they run peer "
                        + "research, sit on commissioning panels and lead the youth-led quality review.",
                "Young people aged 13 to 19 who live or study in Millbrook",
                new Contact("Young Voices coordinator", null, "hello@youngvoices.example", null),
                "Meets at Eastfield Community Centre", null, null,
                times("Meets on Wednesdays in term time", session(DayOfWeek.WEDNESDAY, 17 * 60, 19 * 60)), null,
                needIds.apply(new Demand[] {Demand.ANXIETY, Demand.YOUNG_CARERS, Demand.LONELY})));

        add(tom, council, true, new AssetDraft(AssetType.ORGANISATIONS, "Riverside Youth Trust",
                "A youth charity running open-access youth clubs and detached youth work. Young people can "
                        + "volunteer, train as peer leaders and use the music studio.",
                "Young people aged 11 to 19, and up to 25 with special educational needs or disabilities",
                new Contact("Dan Evans", "01632 960 720", "hello@riversideyouth.example",
                        "https://riversideyouth.example"),
                "The Boathouse, River Walk\nRiverside", "MB9 5TU", ward.get("Riverside"),
                times(null, range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, 17 * 60, 21 * 60)),
                at("52.402330", "-1.526790"), needIds.apply(new Demand[] {Demand.LONELY, Demand.SAFE_PLACES})));

        add(tom, council, true, new AssetDraft(AssetType.ASSOCIATIONS, "Brookside Tenants' and Residents' Association",
                "Monthly meetings and summer fun days. Members hold the key to the estate's community room and can "
                        + "open it for young people's activities.",
                "People living on the Brookside estate",
                new Contact("Pat Hughes, secretary", "07700 900 388", null, null),
                "Community Room, Brookside Court\nBrookside", "MB2 7EG", ward.get("Brookside"),
                times("Meetings on the first Monday of the month at 7pm"), null,
                needIds.apply(new Demand[] {Demand.SAFE_PLACES})));

        add(tom, council, true, new AssetDraft(AssetType.PHYSICAL, "Abbey Park games area",
                "A fenced, floodlit games area for football, basketball and netball, free to use.",
                "Anyone",
                Contact.NONE, "Abbey Park, Park Road\nAbbey", "MB4 8QA", ward.get("Abbey"),
                times("Floodlit until 8pm", range(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, 8 * 60, 20 * 60)),
                at("52.411200", "-1.498300"), needIds.apply(new Demand[] {Demand.GIRLS_ACTIVE})));

        // Still being checked with the church council, so not published yet.
        add(tom, council, false, new AssetDraft(AssetType.PHYSICAL, "St Mark's church hall",
                "A hall and garden the congregation of St Mark's lends free to youth and parent groups. Volunteers "
                        + "run a Tuesday parent and toddler group.",
                "Youth and parent groups, by arrangement",
                new Contact("Revd Anne Clarke", "01632 960 873", "office@stmarkswestmoor.example", null),
                "St Mark's Road\nWestmoor", "MB10 2RS", ward.get("Westmoor"),
                times(null, session(DayOfWeek.TUESDAY, 9 * 60, 21 * 60), session(DayOfWeek.THURSDAY, 9 * 60, 21 * 60)),
                at("52.419900", "-1.533400"), needIds.apply(new Demand[] {Demand.SAFE_PLACES})));

        String councilName = organisations.find(council).orElseThrow().name();
        Actor ken = new Actor(null, "Ken Walsh");
        Pledge bikes = pledges.submitAs(ken, council, councilName, new PledgeDraft(AssetType.PEOPLE,
                "Saturday bike repairs",
                "I was a mechanic for forty years. I teach young people to fix their own bikes, and do up old bikes "
                        + "to give away to anyone who needs one.",
                "Anyone aged 10 and over", ward.get("Brookside"), "MB2 4HF", "Saturday mornings, 10 till 12",
                "Ken Walsh", "ken.walsh@example.com", "07700 900 461", true, true, false));
        Pledge reviewed = pledges.reviewAs(tom, council, bikes.id(), bikes.version(), PledgeDecision.PUBLISH,
                "Checked with Ken by phone; he uses the garage behind Brookside Court.");
        CommunityAsset bikeRepairs = assets.view(council, reviewed.assetId());
        assets.update(council, bikeRepairs.id(), bikeRepairs.version(), new AssetDraft(bikeRepairs.type(),
                bikeRepairs.name(), bikeRepairs.offers(), bikeRepairs.whoCanUse(), bikeRepairs.contact(),
                "Garage behind Brookside Court\nBrookside", bikeRepairs.postcode(), ward.get("Brookside"),
                times("Ask at the Brookside community room to be put in touch with Ken",
                        session(DayOfWeek.SATURDAY, 10 * 60, 12 * 60)), null,
                needIds.apply(new Demand[] {Demand.LONELY, Demand.SAFE_PLACES})));

        pledges.submitAs(new Actor(null, "Leon Baptiste"), council, councilName, new PledgeDraft(AssetType.PEOPLE,
                "Guitar for beginners",
                "I play in a band and would like to teach guitar to young people who cannot afford lessons. "
                        + "I have three spare guitars to lend.",
                "Young people aged 12 to 18", ward.get("Canal Side"), null, "Thursday evenings after 6pm",
                "Leon Baptiste", "leon.b@example.com", null, true, true, true));
    }

    private void add(Actor actor, UUID organisationId, boolean published, AssetDraft draft) {
        assets.createAs(actor, organisationId, draft, published);
    }

    private static OpeningTimes times(String notes, OpeningTimes.Session... sessions) {
        return new OpeningTimes(List.of(sessions), notes);
    }

    private static OpeningTimes times(String notes, List<OpeningTimes.Session> sessions,
                                      OpeningTimes.Session... more) {
        List<OpeningTimes.Session> all = new ArrayList<>(sessions);
        all.addAll(List.of(more));
        return new OpeningTimes(all, notes);
    }

    private static OpeningTimes.Session session(DayOfWeek day, int opens, int closes) {
        return new OpeningTimes.Session(day, opens, closes);
    }

    private static List<OpeningTimes.Session> weekdays(int opens, int closes) {
        return range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, opens, closes);
    }

    private static List<OpeningTimes.Session> range(DayOfWeek from, DayOfWeek to, int opens, int closes) {
        List<OpeningTimes.Session> sessions = new ArrayList<>();
        for (int d = from.getValue(); d <= to.getValue(); d++) {
            sessions.add(session(DayOfWeek.of(d), opens, closes));
        }
        return sessions;
    }

    private static Location at(String latitude, String longitude) {
        return new Location(new BigDecimal(latitude), new BigDecimal(longitude));
    }
}
