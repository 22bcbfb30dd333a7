package org.tandem.outcomes.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.Frequency;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ReviewDecision;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;

import static org.tandem.coproduction.ParticipantKind.CARER;
import static org.tandem.coproduction.ParticipantKind.PERSON_USING_SERVICES;
import static org.tandem.coproduction.ParticipantKind.PROFESSIONAL;
import static org.tandem.coproduction.ParticipantKind.PROVIDER;
import static org.tandem.outcomes.IndicatorKind.OUTCOME;
import static org.tandem.outcomes.IndicatorKind.OUTPUT;
import static org.tandem.outcomes.IndicatorKind.PROXY;

/**
 * Millbrook's youth-services outcomes framework, drafted from what Insight found. Version 1 was agreed by the Young
 * Voices review group; it still carried the old "reduce youth offending" target and nothing about young people
 * having a say. Version 2, the current draft, reframes that outcome in young people's words and adds one about
 * autonomy after their peer research, so the comparison shows something. Nothing yet is about giving (the fifth
 * way to well-being), which the balance view shows as a gap, much as Lambeth found functionings missing.
 */
@Component
class DemoOutcomes {

    private static final java.time.Instant AGREED = java.time.Instant.parse("2026-11-20T16:00:00Z");

    private final FrameworkService frameworks;
    private final OutcomeEditing editing;
    private final FrameworkReviews reviews;

    DemoOutcomes(FrameworkService frameworks, OutcomeEditing editing, FrameworkReviews reviews) {
        this.frameworks = frameworks;
        this.editing = editing;
        this.reviews = reviews;
    }

    @EventListener
    @Order(60)
    void on(DemoCommissionReady demo) {
        DemoCast cast = demo.cast();
        UUID council = demo.organisationId();
        Actor priya = cast.person("commissioner");
        Actor tom = cast.person("officer");
        template(tom, council);
        FrameworkView framework = frameworks.start(tom, council, demo.commissionId(), null);
        frameworks.describe(council, framework.id(), "Millbrook youth services outcomes framework 2027–2030",
                "What young people in Millbrook told us matters to them, and how we will know it is getting better. "
                        + "Drafted from the Insight work: the \"What makes a good day\" workshops, the survey, "
                        + "peer research with young carers and the youth-led quality review.");
        UUID first = framework.latest().id();
        firstVersion(tom, council, first);
        ReviewGroup group = reviews.createGroup(priya, council, "Young Voices review group",
                "Young people from Young Voices with the commissioner: they agree each version of the framework.",
                List.of(cast.person("citizen").actorId(), cast.person("panel").actorId(), priya.actorId()));
        reviews.send(priya, council, framework.id(), 1, group.id());
        // The review group met on 20 November 2026, so the demo's co-production record keeps fixed dates.
        reviews.decide(cast.person("citizen"), council, framework.id(), 1, ReviewDecision.AGREE,
                "It sounds like what we said at the workshops.", AGREED);
        reviews.decide(cast.person("panel"), council, framework.id(), 1, ReviewDecision.AGREE,
                "Agreed, but \"reduce youth offending\" is not how young people talk about themselves.", AGREED);
        reviews.decide(priya, council, framework.id(), 1, ReviewDecision.AGREE, null, AGREED);
        secondVersion(tom, council, frameworks.newDraft(tom, council, framework.id(),
                "After Young Voices' peer research: young people want a say, and to be talked about positively.")
                .id());
    }

    private void firstVersion(Actor by, UUID council, UUID version) {
        add(by, council, version, new OutcomeDraft("I have somewhere safe to go and someone to talk to",
                        "Young people have safe places to spend time and a trusted adult to turn to",
                        OutcomeLevel.SERVICE, ValueType.USER, WellbeingElement.RELATEDNESS,
                        Set.of(WayToWellbeing.CONNECT), Set.of(BottomLine.SOCIAL), PreventionLevel.MIDSTREAM,
                        InterventionPathway.PREVENTION, Set.of(PERSON_USING_SERVICES, PROFESSIONAL)),
                indicator("Young people who say they have a trusted adult to talk to", OUTCOME, "48", "70",
                        "% of young people", MeasurementMethod.SURVEY, "Millbrook young people's survey",
                        Frequency.ANNUALLY),
                indicator("Young people who feel safe at their youth club", OUTCOME, "61", "80", "% of members",
                        MeasurementMethod.SURVEY, "Providers' member surveys", Frequency.QUARTERLY),
                indicator("Evening and weekend opening hours across the borough", OUTPUT, "120", "180",
                        "hours a week", MeasurementMethod.ADMINISTRATIVE_DATA, "Providers' monitoring returns",
                        Frequency.QUARTERLY));
        add(by, council, version, new OutcomeDraft("I feel good about myself and where I'm going",
                        "Young people's mental well-being improves", OutcomeLevel.SERVICE, ValueType.USER,
                        WellbeingElement.GOOD_FEELINGS, Set.of(WayToWellbeing.TAKE_NOTICE),
                        Set.of(BottomLine.SOCIAL), PreventionLevel.UPSTREAM, InterventionPathway.PREVENTION,
                        Set.of(PERSON_USING_SERVICES)),
                indicator("Average score on the short Warwick-Edinburgh well-being scale", OUTCOME, "19.8", "22",
                        "score out of 35", MeasurementMethod.WELLBEING_SCALE, "Providers, at joining and every six "
                                + "months", Frequency.TWICE_A_YEAR),
                indicator("Young people who say they feel hopeful about the future", OUTCOME, "52", "65",
                        "% of young people", MeasurementMethod.SURVEY, "Millbrook young people's survey",
                        Frequency.ANNUALLY),
                indicator("Emotional well-being sessions run", OUTPUT, null, "200", "sessions a year",
                        MeasurementMethod.ADMINISTRATIVE_DATA, "Providers' monitoring returns", Frequency.QUARTERLY));
        add(by, council, version, new OutcomeDraft("I'm healthy and active", "Young people are more physically active",
                        OutcomeLevel.SERVICE, ValueType.USER, WellbeingElement.PERSONAL_RESOURCES,
                        Set.of(WayToWellbeing.BE_ACTIVE), Set.of(BottomLine.SOCIAL), PreventionLevel.UPSTREAM,
                        InterventionPathway.PREVENTION, Set.of(PERSON_USING_SERVICES, PROVIDER)),
                indicator("Young people active for at least an hour a day", OUTCOME, "41", "55",
                        "% of young people", MeasurementMethod.SURVEY, "Active Lives children and young people "
                                + "survey", Frequency.ANNUALLY),
                indicator("Street sport sessions run", OUTPUT, "300", "450", "sessions a year",
                        MeasurementMethod.ADMINISTRATIVE_DATA, "Providers' monitoring returns", Frequency.QUARTERLY),
                indicator("Attendances at sport sessions", OUTPUT, "5200", "7500", "attendances a year",
                        MeasurementMethod.ADMINISTRATIVE_DATA, "Providers' registers", Frequency.QUARTERLY));
        add(by, council, version, new OutcomeDraft("I'm learning new things and getting skills for work",
                        "Young people gain skills and stay in education, employment or training",
                        OutcomeLevel.SERVICE, ValueType.ECONOMIC, WellbeingElement.COMPETENCE,
                        Set.of(WayToWellbeing.KEEP_LEARNING), Set.of(BottomLine.ECONOMIC), PreventionLevel.MIDSTREAM,
                        InterventionPathway.PREVENTION, Set.of(PERSON_USING_SERVICES, CARER)),
                indicator("16 and 17 year olds not in education, employment or training", OUTCOME, "6.2", "4.5",
                        "% of 16 and 17 year olds", MeasurementMethod.ADMINISTRATIVE_DATA,
                        "Millbrook careers service", Frequency.QUARTERLY, Direction.DECREASE),
                indicator("Young people gaining an accredited award", OUTCOME, "140", "220", "young people a year",
                        MeasurementMethod.ADMINISTRATIVE_DATA, "Awarding bodies, through providers",
                        Frequency.ANNUALLY),
                indicator("Young people who say they learnt something they now use", PROXY, null, "70",
                        "% of members", MeasurementMethod.SURVEY, "Providers' member surveys", Frequency.ANNUALLY));
        add(by, council, version, new OutcomeDraft("Reduce youth offending",
                        "Fewer young people enter the youth justice system for the first time",
                        OutcomeLevel.COMMUNITY, ValueType.SOCIAL, WellbeingElement.EXTERNAL_CONDITIONS, Set.of(),
                        Set.of(BottomLine.SOCIAL), PreventionLevel.DOWNSTREAM, InterventionPathway.TREATMENT,
                        Set.of(PROFESSIONAL)),
                indicator("First-time entrants to the youth justice system", OUTCOME, "212", "170",
                        "per 100,000 10 to 17 year olds", MeasurementMethod.ADMINISTRATIVE_DATA,
                        "Youth Justice Board", Frequency.QUARTERLY, Direction.DECREASE),
                indicator("Referrals to youth diversion", OUTPUT, "85", "120", "referrals a year",
                        MeasurementMethod.ADMINISTRATIVE_DATA, "Youth offending service", Frequency.QUARTERLY));
        add(by, council, version, new OutcomeDraft("My family gets help early when things get hard",
                        "Families get early help before problems grow", OutcomeLevel.SERVICE, ValueType.USER,
                        WellbeingElement.EXTERNAL_CONDITIONS, Set.of(WayToWellbeing.CONNECT),
                        Set.of(BottomLine.SOCIAL), PreventionLevel.MIDSTREAM, InterventionPathway.DETECTION,
                        Set.of(CARER, PERSON_USING_SERVICES)),
                indicator("Families who say the help made a difference", OUTCOME, null, "75", "% of families",
                        MeasurementMethod.SURVEY, "Early help family survey", Frequency.TWICE_A_YEAR),
                indicator("Re-referrals to children's social care within a year", OUTCOME, "22", "17",
                        "% of referrals", MeasurementMethod.ADMINISTRATIVE_DATA, "Children's social care records",
                        Frequency.QUARTERLY, Direction.DECREASE),
                indicator("Families supported within two weeks of asking", OUTPUT, "58", "85", "% of families",
                        MeasurementMethod.ADMINISTRATIVE_DATA, "Early help records", Frequency.QUARTERLY));
        add(by, council, version, new OutcomeDraft("I can get to the places I want to go",
                        "Young people can reach activities safely and cheaply, by foot, bike or bus",
                        OutcomeLevel.COMMUNITY, ValueType.SOCIAL, WellbeingElement.EXTERNAL_CONDITIONS,
                        Set.of(WayToWellbeing.BE_ACTIVE), Set.of(BottomLine.ENVIRONMENTAL, BottomLine.SOCIAL),
                        PreventionLevel.UPSTREAM, InterventionPathway.PREVENTION, Set.of(PERSON_USING_SERVICES)),
                indicator("Young people who say getting there stops them taking part", OUTCOME, "34", "20",
                        "% of young people", MeasurementMethod.SURVEY, "Millbrook young people's survey",
                        Frequency.ANNUALLY, Direction.DECREASE),
                indicator("Youth sessions within a 15-minute walk or bus ride of every ward", OUTPUT, "9", "14",
                        "wards of 14", MeasurementMethod.ADMINISTRATIVE_DATA, "Service directory",
                        Frequency.ANNUALLY));
        add(by, council, version, new OutcomeDraft("Youth services spend their money locally and create local jobs",
                        "Contracts keep money in the Millbrook economy and employ local people",
                        OutcomeLevel.COMMUNITY, ValueType.ECONOMIC, WellbeingElement.EXTERNAL_CONDITIONS, Set.of(),
                        Set.of(BottomLine.ECONOMIC), PreventionLevel.UPSTREAM, InterventionPathway.PREVENTION,
                        Set.of(PROFESSIONAL, PROVIDER)),
                indicator("Contract spend with Millbrook businesses and groups", OUTCOME, "35", "50",
                        "% of spend", MeasurementMethod.ADMINISTRATIVE_DATA, "Providers' accounts",
                        Frequency.ANNUALLY),
                indicator("Young people employed by providers as apprentices or sessional workers", OUTCOME, "12",
                        "30", "young people", MeasurementMethod.ADMINISTRATIVE_DATA, "Providers' monitoring returns",
                        Frequency.TWICE_A_YEAR));
        add(by, council, version, new OutcomeDraft("I have good friends and get on with people",
                        "Young people have positive relationships with their peers", OutcomeLevel.SERVICE,
                        ValueType.USER, WellbeingElement.RELATEDNESS, Set.of(WayToWellbeing.CONNECT),
                        Set.of(BottomLine.SOCIAL), PreventionLevel.UPSTREAM, InterventionPathway.PREVENTION,
                        Set.of(PERSON_USING_SERVICES)),
                indicator("Young people who say they have friends they can rely on", OUTCOME, "71", "80",
                        "% of young people", MeasurementMethod.SURVEY, "Millbrook young people's survey",
                        Frequency.ANNUALLY),
                indicator("Young people who often or always feel lonely", OUTCOME, "14", "9", "% of young people",
                        MeasurementMethod.SURVEY, "Millbrook young people's survey", Frequency.ANNUALLY,
                        Direction.DECREASE),
                indicator("Peer mentoring pairs", OUTPUT, "20", "60", "pairs", MeasurementMethod.ADMINISTRATIVE_DATA,
                        "Providers' monitoring returns", Frequency.QUARTERLY));
    }

    /** The draft after peer research: a reframed outcome, a new one about having a say, indicators tuned. */
    private void secondVersion(Actor by, UUID council, UUID version) {
        List<OutcomeView> outcomes = editing.outcomesOf(council, version);
        OutcomeView offending = outcomes.stream().filter(o -> o.ownWords().equals("Reduce youth offending"))
                .findFirst().orElseThrow();
        editing.update(council, version, offending.id(), offending.version(), new OutcomeDraft(
                "I stay out of trouble and feel I have a future",
                "Young people are diverted from offending and have positive things to do", OutcomeLevel.COMMUNITY,
                ValueType.SOCIAL, WellbeingElement.EXTERNAL_CONDITIONS, Set.of(WayToWellbeing.KEEP_LEARNING),
                Set.of(BottomLine.SOCIAL), PreventionLevel.MIDSTREAM, InterventionPathway.PREVENTION,
                Set.of(PROFESSIONAL, PERSON_USING_SERVICES)));
        OutcomeView safe = outcomes.getFirst();
        var trusted = safe.indicators().getFirst();
        IndicatorDraft t = trusted.details();
        editing.updateIndicator(council, version, trusted.id(), trusted.version(), new IndicatorDraft(t.name(),
                "Young people aged 11 to 18 who name an adult outside their family they would talk to about a "
                        + "worry", t.unit(), t.direction(), t.baseline(), new BigDecimal("75"), t.dataSource(),
                t.frequency(), t.kind(), t.method()));
        OutcomeView active = outcomes.get(2);
        editing.deleteIndicator(council, version, active.indicators().get(2).id());
        editing.addIndicator(council, version, active.id(), indicator("Young people who say they enjoy being active",
                OUTCOME, "58", "70", "% of members", MeasurementMethod.SURVEY, "Providers' member surveys",
                Frequency.ANNUALLY));
        add(by, council, version, new OutcomeDraft("I have a say in what happens at my youth club and in my area",
                        "Young people shape the services they use and decisions about their area",
                        OutcomeLevel.COMMUNITY, ValueType.SOCIAL, WellbeingElement.AUTONOMY,
                        Set.of(WayToWellbeing.TAKE_NOTICE, WayToWellbeing.CONNECT), Set.of(BottomLine.SOCIAL),
                        PreventionLevel.UPSTREAM, InterventionPathway.PREVENTION, Set.of(PERSON_USING_SERVICES)),
                indicator("Young people who say they have a say in how their club is run", OUTCOME, "29", "60",
                        "% of members", MeasurementMethod.PEER_RESEARCH, "Young Voices peer research",
                        Frequency.ANNUALLY),
                indicator("Decisions on spending made by young people", OUTPUT, "0", "12", "decisions a year",
                        MeasurementMethod.ADMINISTRATIVE_DATA, "Youth council minutes", Frequency.ANNUALLY),
                indicator("Young people who feel listened to by the council", PROXY, "23", "45",
                        "% of young people", MeasurementMethod.SURVEY, "Millbrook young people's survey",
                        Frequency.ANNUALLY));
    }

    /** A template from the dynamic model of well-being, one outcome per element, for the next commission. */
    private void template(Actor by, UUID council) {
        FrameworkView template = frameworks.createTemplate(by, council,
                "Children and young people: the dynamic model of well-being",
                "A starting point with an outcome for each element of NEF's dynamic model of well-being, as Lambeth "
                        + "used for its children and young people's services. Rewrite each in local young people's "
                        + "words.", null, null);
        UUID version = template.latest().id();
        for (var element : List.of(WellbeingElement.EXTERNAL_CONDITIONS, WellbeingElement.PERSONAL_RESOURCES,
                WellbeingElement.AUTONOMY, WellbeingElement.COMPETENCE, WellbeingElement.RELATEDNESS,
                WellbeingElement.GOOD_FEELINGS)) {
            editing.add(by, council, version, new OutcomeDraft(TEMPLATE_WORDS.get(element.ordinal()), null,
                    OutcomeLevel.SERVICE, ValueType.USER, element, Set.of(), Set.of(BottomLine.SOCIAL), null,
                    null, Set.of()));
        }
    }

    private static final List<String> TEMPLATE_WORDS = List.of(
            "I live somewhere safe, with what I need", "I'm healthy and believe in myself",
            "I make my own choices", "I'm good at things and can make a difference",
            "I have people who care about me", "I enjoy my life");

    private void add(Actor by, UUID council, UUID version, OutcomeDraft outcome, IndicatorDraft... indicators) {
        OutcomeView added = editing.add(by, council, version, outcome);
        for (IndicatorDraft indicator : indicators) {
            editing.addIndicator(council, version, added.id(), indicator);
        }
    }

    private static IndicatorDraft indicator(String name, IndicatorKind kind, String baseline, String target,
                                            String unit, MeasurementMethod method, String source,
                                            Frequency frequency) {
        return indicator(name, kind, baseline, target, unit, method, source, frequency, Direction.INCREASE);
    }

    private static IndicatorDraft indicator(String name, IndicatorKind kind, String baseline, String target,
                                            String unit, MeasurementMethod method, String source,
                                            Frequency frequency, Direction direction) {
        return new IndicatorDraft(name, null, unit, direction, baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target), source, frequency, kind, method);
    }
}
