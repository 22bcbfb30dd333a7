package org.tandem.insight.evidence;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.evidence.datasets.DatasetDetails;
import org.tandem.insight.evidence.datasets.DatasetService;
import org.tandem.insight.evidence.items.Consent;
import org.tandem.insight.evidence.items.EvidenceItem;
import org.tandem.insight.evidence.items.EvidenceItemService;
import org.tandem.insight.evidence.items.EvidenceMethod;
import org.tandem.insight.evidence.items.ItemDraft;
import org.tandem.insight.evidence.items.ItemDraft.QuoteDraft;
import org.tandem.insight.evidence.risks.CitizenAcceptance;
import org.tandem.insight.evidence.risks.Impact;
import org.tandem.insight.evidence.risks.Likelihood;
import org.tandem.insight.evidence.risks.RiskBearer;
import org.tandem.insight.evidence.risks.RiskDraft;
import org.tandem.insight.evidence.risks.RiskService;
import org.tandem.insight.evidence.risks.RiskStatus;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;

/**
 * The demo story's needs evidence for Millbrook's youth services: the JSNA 2026 youth indicators by ward, what young
 * people, young carers, providers and mystery shoppers told the commission, and the risk register the young people
 * helped write. Runs after the wards and needs exist ({@code @Order(40)}).
 */
@Component
class DemoEvidence {

    /** The JSNA's years. */
    static final List<String> YEARS = List.of("2022", "2023", "2024", "2025");

    private final DatasetService datasets;
    private final EvidenceItemService items;
    private final RiskService risks;
    private final WardRepository wards;
    private final NeedRepository needs;
    private final Commissions commissions;

    DemoEvidence(DatasetService datasets, EvidenceItemService items, RiskService risks, WardRepository wards,
                 NeedRepository needs, Commissions commissions) {
        this.datasets = datasets;
        this.items = items;
        this.risks = risks;
        this.wards = wards;
        this.needs = needs;
        this.commissions = commissions;
    }

    @EventListener
    @Order(40)
    void on(DemoCommissionReady demo) {
        CommissionView youth = commissions.find(demo.commissionId(), demo.organisationId()).orElseThrow();
        datasets.importAs(demo.cast().person("officer"), youth, new DatasetDetails("JSNA 2026: young people by ward",
                        "Millbrook joint strategic needs assessment 2026, youth chapter",
                        "Four indicators the needs assessment tracks for young people, by ward, for the calendar years "
                                + "2022 to 2025. Rates are for the young people of each ward; young carers are "
                                + "those known to the council or the carers centre."),
                "jsna-2026-youth-by-ward.csv",
                new ByteArrayInputStream(jsnaCsv(wards.wardsOf(demo.organisationId()))
                        .getBytes(StandardCharsets.UTF_8)));
        items(demo.cast(), youth);
        risks(demo.cast().person("commissioner"), youth);
    }

    /** The risk register Young Voices helped write: whose risks, and whether young people think them worth taking. */
    private void risks(Actor priya, CommissionView youth) {
        risks.createAs(priya, youth, new RiskDraft("Closing the in-house youth centres",
                "The council's youth service runs the Castle and Abbey youth centres for £310,000 a year; the "
                        + "contract ends on 31 March 2027.",
                Set.of(RiskBearer.PEOPLE_USING_SERVICES, RiskBearer.COMMUNITIES, RiskBearer.STAFF_AND_VOLUNTEERS,
                        RiskBearer.COMMISSIONERS),
                "The money could pay for youth work where young people are, on the estates and later in the "
                        + "evening, instead of in two buildings that mystery shoppers found closed when advertised.",
                "Young people in Castle and Abbey lose places they know; staff could lose their jobs; the "
                        + "buildings could be lost to the community for good.",
                CitizenAcceptance.ACCEPTED_WITH_CONDITIONS,
                "Young Voices think it is worth it only if both buildings stay open to young people, run by "
                        + "community groups, and nobody loses their Friday night while things change.",
                "A deliberative workshop with Young Voices and the centres' members, November 2026, and the "
                        + "mystery shopping of the centres",
                Likelihood.LIKELY, Impact.MAJOR,
                "Offer both buildings for community asset transfer; keep the centres open for a year of overlap.",
                "Priya Shah, commissioner", RiskStatus.OPEN));
        risks.createAs(priya, youth, new RiskDraft("Moving money from clubs to detached youth work on the estates",
                null, Set.of(RiskBearer.PEOPLE_USING_SERVICES, RiskBearer.PROVIDERS, RiskBearer.COMMUNITIES),
                "Youth workers would meet young people in Brookside, Canal Side and Eastfield who never come to a "
                        + "club, where they feel unsafe after dark.",
                "Club members lose sessions; detached work is harder to count; Riverside Youth Trust's income "
                        + "falls unless it runs the detached work too.",
                CitizenAcceptance.DIVIDED,
                "Club members were against it; young people on the estates were for it, if the workers are "
                        + "people they already know.",
                "The online survey of 412 young people and the provider focus groups, autumn 2026",
                Likelihood.POSSIBLE, Impact.MODERATE,
                "Move money in steps over the first year, and ask providers to bid for clubs and detached work "
                        + "together.", "Tom Okafor, commissioning officer", RiskStatus.OPEN));
        risks.createAs(priya, youth, new RiskDraft("Young assessors' safety on quality review visits",
                "Young people with lived experience visit current services for the youth-led quality review in "
                        + "autumn 2026.",
                Set.of(RiskBearer.PEOPLE_USING_SERVICES, RiskBearer.CARERS_AND_FAMILIES, RiskBearer.COMMISSIONERS),
                "Young assessors see what adults miss, and services hear it from the young people they are for.",
                "Young assessors could meet hostile staff or an unsafe situation on a visit.",
                CitizenAcceptance.ACCEPTED_WITH_CONDITIONS,
                "Young Voices want to do the visits, always as two young assessors with one commissioner, with "
                        + "parents told and the right to stop a visit at any time.",
                "The Young Voices planning meeting for the quality review, September 2026",
                Likelihood.UNLIKELY, Impact.MAJOR,
                "Teams of two young assessors and one DBS-checked commissioner; a debrief after every visit.",
                "Tom Okafor, commissioning officer", RiskStatus.TAKEN));
        risks.createAs(priya, youth, new RiskDraft("Young people wait longer for counselling while services change",
                "Open Door's NHS-funded counselling for young people ends on 31 March 2028 and already has a long "
                        + "waiting list.",
                Set.of(RiskBearer.PEOPLE_USING_SERVICES, RiskBearer.CARERS_AND_FAMILIES, RiskBearer.PROVIDERS),
                "Early help for anxiety and low mood in youth settings would reach young people sooner, near home.",
                "Young people who need counselling could wait even longer during the change.",
                CitizenAcceptance.NOT_ACCEPTED,
                "Young people said nobody should wait longer for help while things change.",
                "The online survey and the peer research with young carers, autumn 2026",
                Likelihood.LIKELY, Impact.SEVERE,
                "The NHS board keeps Open Door funded until the new early help is running.",
                "Dr Ruth Green, Millbrook and Vale NHS Integrated Care Board", RiskStatus.MITIGATING));
        risks.createAs(priya, youth, new RiskDraft("Girls-only sessions take space from existing street sport",
                null, Set.of(RiskBearer.PEOPLE_USING_SERVICES, RiskBearer.PROVIDERS),
                "More girls aged 11 to 16 active, which nothing in current provision offers.",
                "Fewer mixed sessions in Northgate, Market and Eastfield.",
                CitizenAcceptance.NOT_YET_ASKED, null, null, Likelihood.POSSIBLE, Impact.MINOR, null, null,
                RiskStatus.OPEN));
    }

    /** What young people, young carers, providers and mystery shoppers told the commission in autumn 2026. */
    private void items(DemoCast cast, CommissionView youth) {
        List<Need> found = needs.ofCommission(youth.lead().id(), youth.id());
        Actor jordan = cast.person("citizen");
        Actor tom = cast.person("officer");
        EvidenceItem workshops = items.createAs(jordan, youth, new ItemDraft(
                "What makes a good day: appreciative workshops", EvidenceMethod.APPRECIATIVE_INQUIRY,
                LocalDate.of(2026, 10, 10), 24,
                "Young Voices ran three workshops with 24 young people from across the borough. Starting from the "
                        + "best days they remember, young people described what a good day is: somewhere to go "
                        + "after school, people who know them, getting home safely and doing something active "
                        + "with friends. Young people from Eastfield and Northgate said there is often nowhere "
                        + "to go and nobody to go with; on the estates, getting home after dark worries them most.",
                Consent.WRITTEN_WITH_PARENT, "Consent forms are kept by Young Voices; parents signed for under-16s.",
                true, Set.of(jordan.actorId(), cast.person("commissioner").actorId()), List.of("Young Voices"),
                List.of("good day", "friends", "somewhere to go", "safe spaces"),
                needs(found, "Young people feel lonely", "Few safe places")), List.of(
                new QuoteDraft("A good day is when there's somewhere to go after school and someone there who "
                        + "knows your name.", "young person, 14, Eastfield"),
                new QuoteDraft("The club used to be open on Fridays. Now Friday's just the bus stop.",
                        "young person, 16, Brookside"),
                new QuoteDraft("I'd walk further if I knew it was safe getting back.",
                        "young woman, 15, Canal Side"),
                new QuoteDraft("When I'm doing football I forget about everything else.",
                        "young person, 13, Northgate")));
        items.attachAs(jordan, workshops, "what-makes-a-good-day-notes.txt", new ByteArrayInputStream("""
                What makes a good day: notes from the three Young Voices workshops, October 2026

                Best days remembered: the summer scheme, football at the Northgate cage, the Friday club at Riverside.
                What a good day needs: somewhere to go, someone who knows you, friends, getting home safely.
                What gets in the way: clubs closed on Fridays, buses after six, nothing nearby on the estates.
                Ideas: open the youth centres later; girls-only sessions; young people on the interview panels.
                """.getBytes(StandardCharsets.UTF_8)));
        items.createAs(jordan, youth, new ItemDraft("Peer research with young carers", EvidenceMethod.PEER_RESEARCH,
                LocalDate.of(2026, 11, 6), 12,
                "Four Young Voices peer researchers, trained by the council's research team, interviewed 12 young "
                        + "carers aged 12 to 17. Young carers rarely get time for themselves, often miss clubs "
                        + "because of caring at home, and value the carers centre's breaks above anything else. "
                        + "Most said their school does not know they are a carer.",
                Consent.WRITTEN_WITH_PARENT, "Interviews were anonymous; two young carers asked not to be quoted.",
                true, Set.of(jordan.actorId()), List.of("Young Voices peer researchers"),
                List.of("young carers", "time for me", "school"), needs(found, "Young carers")), List.of(
                new QuoteDraft("I don't get to just be 15. I'm always thinking about whether Mum's okay.",
                        "young carer, 15"),
                new QuoteDraft("The breaks at the carers centre are the only time I see friends outside school.",
                        "young carer, 13"),
                new QuoteDraft("Teachers don't know, so I get told off for being late.", "young carer, 16")));
        items.createAs(tom, youth, new ItemDraft("Site visit to the Riverside open-access youth clubs",
                EvidenceMethod.SITE_VISIT, LocalDate.of(2026, 10, 22), null,
                "Tom Okafor and Maya Collins visited the Riverside, Canal Side and Brookside clubs on a Friday "
                        + "evening. The clubs were full and warm; staff knew young people by name. Riverside "
                        + "turns young people away on Fridays, and the Brookside club closes at eight.",
                Consent.SPOKEN, "Staff agreed to notes being taken; no young people were named.", false,
                Set.of(tom.actorId(), cast.person("panel").actorId()), List.of(),
                List.of("youth clubs", "opening hours"), needs(found, "Young people feel lonely",
                "Few safe places")), List.of(
                new QuoteDraft("We turn away twenty kids on a Friday because we're full.",
                        "youth worker, Riverside Youth Trust")));
        items.createAs(tom, youth, new ItemDraft("Mystery shopping of the Millbrook youth centres",
                EvidenceMethod.MYSTERY_SHOPPING, LocalDate.of(2026, 11, 14), 6,
                "Six Young Voices mystery shoppers visited the Castle and Abbey youth centres twice each, at "
                        + "different times, and tried to find out what was on by phone and online. Information "
                        + "online was out of date, Abbey was locked during its advertised hours, and nobody "
                        + "greeted the shoppers at first; once asked, staff at Castle were welcoming.",
                Consent.WRITTEN, null, true, Set.of(tom.actorId()), List.of("Young Voices mystery shoppers"),
                List.of("welcome", "opening hours", "information"), needs(found, "Few safe places")), List.of(
                new QuoteDraft("The website said open till nine. We got there at seven and it was locked.",
                        "mystery shopper, 17"),
                new QuoteDraft("Nobody said hello, but once we asked, the worker at Castle was brilliant.",
                        "mystery shopper, 16")));
        items.createAs(tom, youth, new ItemDraft("Provider focus groups", EvidenceMethod.FOCUS_GROUP,
                LocalDate.of(2026, 9, 17), 11,
                "Two focus groups with 11 providers of youth services in September 2026 about what is working "
                        + "and what is not. Providers see anxiety and low mood early, long before a referral; "
                        + "short grants take time from the work; providers want to work together on the estates "
                        + "and share space rather than compete.",
                Consent.SPOKEN, "Providers agreed to notes; comments are not attributed to organisations.", false,
                Set.of(tom.actorId()), List.of(), List.of("funding", "partnership", "mental health"),
                needs(found, "Anxiety and low mood", "Young people not in education")), List.of(
                new QuoteDraft("Short grants mean we spend a quarter of the year applying for the next one.",
                        "provider"),
                new QuoteDraft("We see the anxiety first, long before anyone gets a referral.", "youth worker")));
        items.createAs(tom, youth, new ItemDraft("Online survey of young people", EvidenceMethod.SURVEY,
                LocalDate.of(2026, 11, 30), 412,
                "412 young people aged 11 to 18 answered the online survey designed with Young Voices. Four in "
                        + "ten felt anxious most weeks; girls were half as likely as boys to do sport outside "
                        + "school, and most said they would try girls-only sessions; cost and buses after six "
                        + "stop many from going anywhere in the evening.",
                Consent.WRITTEN, "Each young person ticked a consent box; nobody under 11 took part.", true,
                Set.of(tom.actorId()), List.of("Young Voices"), List.of("girls' sport", "mental health", "transport"),
                needs(found, "Girls aged 11 to 16", "Anxiety and low mood")), List.of(
                new QuoteDraft("I'd go to football if it was just girls and nobody was watching.", "girl, 13"),
                new QuoteDraft("Make the bus cheaper after six.", "young person, 17")));
    }

    private static Set<UUID> needs(List<Need> found, String... startingWith) {
        return java.util.Arrays.stream(startingWith)
                .map(start -> found.stream().filter(n -> n.title().startsWith(start)).findFirst().orElseThrow().id())
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Figures made up but shaped by the story: NEET rates in Northgate and Market about twice the borough's,
     * mental-health referrals up by a third in two years, girls' activity low everywhere and lowest on the estates,
     * and young carers most often known in Eastfield and Northgate. The same every time (no randomness).
     */
    static String jsnaCsv(List<Ward> wards) {
        Map<String, Double> neetWeight = Map.of("Northgate", 2.1, "Market", 1.9, "Eastfield", 1.3,
                "Canal Side", 1.2, "Brookside", 1.1);
        Map<String, Double> estate = Map.of("Brookside", 0.85, "Canal Side", 0.85, "Eastfield", 0.8,
                "Northgate", 0.85);
        Map<String, Double> carers = Map.of("Eastfield", 1.6, "Northgate", 1.5, "Riverside", 1.1);
        StringBuilder csv = new StringBuilder("indicator,area,period,value,unit\n");
        for (int y = 0; y < YEARS.size(); y++) {
            String year = YEARS.get(y);
            for (int w = 0; w < wards.size(); w++) {
                Ward ward = wards.get(w);
                double spread = 1 + ((w * 7 + y * 3) % 5 - 2) * 0.03;
                row(csv, "Young people aged 16 to 17 not in education, employment or training", ward.code(), year,
                        4.2 * neetWeight.getOrDefault(ward.name(), 0.8) * spread * (1 - 0.02 * y), 1, "%");
                row(csv, "Mental health referrals per 1,000 young people aged 10 to 17", ward.code(), year,
                        (17 + w % 4) * (1 + 0.17 * y) * spread, 1, "per 1,000");
                row(csv, "Girls aged 11 to 16 active for an hour a day", ward.code(), year,
                        31 * estate.getOrDefault(ward.name(), 1.0) * spread + y * 0.4, 1, "%");
                row(csv, "Young carers known to services", ward.code(), year,
                        (28 + w * 3) * carers.getOrDefault(ward.name(), 0.9) * (1 + 0.08 * y), 0, "young people");
            }
            row(csv, "Young people aged 16 to 17 not in education, employment or training", "Whole area", year,
                    4.4 * (1 - 0.02 * y), 1, "%");
            row(csv, "Mental health referrals per 1,000 young people aged 10 to 17", "Whole area", year,
                    18.5 * (1 + 0.17 * y), 1, "per 1,000");
            row(csv, "Girls aged 11 to 16 active for an hour a day", "Whole area", year, 28.6 + y * 0.4, 1, "%");
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String indicator, String area, String year, double value, int scale,
                            String unit) {
        csv.append('"').append(indicator).append("\",").append(area).append(',').append(year).append(',')
                .append(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString()).append(',')
                .append('"').append(unit).append("\"\n");
    }
}
