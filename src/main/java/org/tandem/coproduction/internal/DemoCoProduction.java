package org.tandem.coproduction.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;

import static org.tandem.coproduction.ParticipantKind.CARER;
import static org.tandem.coproduction.ParticipantKind.COMMUNITY_MEMBER;
import static org.tandem.coproduction.ParticipantKind.ELECTED_MEMBER;
import static org.tandem.coproduction.ParticipantKind.PERSON_USING_SERVICES;
import static org.tandem.coproduction.ParticipantKind.PROFESSIONAL;
import static org.tandem.coproduction.ParticipantKind.PROVIDER;

/**
 * The demo commission's co-production so far, Insight in 2026: Young Voices' steering group and "What makes a good
 * day" workshops, focus groups with providers, the survey, peer research with young carers, a scrutiny briefing, the
 * youth-led quality review and mystery shopping. Jordan Reid and Maya Collins are in most of them, so the page shows
 * the usual-suspects warning; nothing yet is co-delivered, so co-delivery shows as missing.
 */
@Component
class DemoCoProduction {

    private final ActivityService activities;

    DemoCoProduction(ActivityService activities) {
        this.activities = activities;
    }

    @EventListener
    @Order(10)
    void on(DemoCommissionReady demo) {
        DemoCast cast = demo.cast();
        NamedPerson jordan = NamedPerson.member(cast.person("citizen").actorId());
        NamedPerson maya = NamedPerson.member(cast.person("panel").actorId());
        NamedPerson tom = NamedPerson.member(cast.person("officer").actorId());
        NamedPerson helen = NamedPerson.member(cast.person("scrutiny").actorId());
        Actor priya = cast.person("commissioner");
        Actor tomOkafor = cast.person("officer");
        Actor jordanReid = cast.person("citizen");

        record(demo, priya, new ActivityDetails(LocalDate.of(2026, 6, 10), Phase.INSIGHT, ActivityMethod.PANEL, null,
                "Young Voices steering group: how young people will shape the commission",
                "Agree with Young Voices how young people take part at every step, and what they want to lead "
                        + "themselves.",
                counts(PERSON_USING_SERVICES, 9, PROFESSIONAL, 2), List.of(jordan, maya), LadderRung.CO_DESIGNING,
                Set.of(CoProductionMode.CO_PLANNING), DecisionLevel.MACRO,
                "Young people chose to run the workshops and the peer research themselves, with staff supporting. "
                        + "Two young people now sit on the commissioning group.",
                Map.of()));
        record(demo, jordanReid, new ActivityDetails(LocalDate.of(2026, 7, 15), Phase.INSIGHT,
                ActivityMethod.APPRECIATIVE_INQUIRY, null, "\"What makes a good day\" appreciative workshops",
                "Three workshops in Eastfield, Northgate and Riverside asking young people about their best days: "
                        + "where they were, who with, what made them good.",
                counts(PERSON_USING_SERVICES, 24, PROFESSIONAL, 3), List.of(jordan, maya), LadderRung.CO_DESIGNING,
                Set.of(CoProductionMode.CO_DESIGN, CoProductionMode.CO_PLANNING), DecisionLevel.MACRO,
                "Young people's own words became the draft outcomes: somewhere to go, someone to talk to, something "
                        + "to do. Evening opening on the estates was added to the needs.",
                profile(EqualityGroup.AGE_11_TO_15, 14, EqualityGroup.AGE_16_TO_18, 10,
                        EqualityGroup.DISABLED, 3, EqualityGroup.NOT_DISABLED, 19,
                        EqualityGroup.DISABILITY_PREFER_NOT_TO_SAY, 2,
                        EqualityGroup.WHITE, 13, EqualityGroup.ASIAN, 5, EqualityGroup.BLACK, 3, EqualityGroup.MIXED, 2,
                        EqualityGroup.ETHNICITY_NOT_KNOWN, 1)));
        record(demo, tomOkafor, new ActivityDetails(LocalDate.of(2026, 8, 20), Phase.INSIGHT, ActivityMethod.SURVEY,
                null, "Online survey of young people",
                "Ask young people across the borough, including those who use no service now, what they would "
                        + "change and what matters most.",
                counts(PERSON_USING_SERVICES, 268, COMMUNITY_MEMBER, 144), List.of(jordan, maya),
                LadderRung.CONSULTING, Set.of(CoProductionMode.CO_PRIORITISATION), DecisionLevel.MACRO,
                "Mental health came out as the first priority for 13 to 18 year olds; Jordan and Maya helped write "
                        + "the questions so they made sense to young people.",
                profile(EqualityGroup.AGE_11_TO_15, 201, EqualityGroup.AGE_16_TO_18, 173, EqualityGroup.AGE_19_TO_25,
                        31, EqualityGroup.AGE_PREFER_NOT_TO_SAY, 7,
                        EqualityGroup.DISABLED, 52, EqualityGroup.NOT_DISABLED, 330,
                        EqualityGroup.DISABILITY_PREFER_NOT_TO_SAY, 30,
                        EqualityGroup.WHITE, 251, EqualityGroup.ASIAN, 71, EqualityGroup.BLACK, 38,
                        EqualityGroup.MIXED, 27, EqualityGroup.OTHER_ETHNIC_GROUP, 9,
                        EqualityGroup.ETHNICITY_PREFER_NOT_TO_SAY, 16)));
        record(demo, tomOkafor, new ActivityDetails(LocalDate.of(2026, 9, 16), Phase.INSIGHT,
                ActivityMethod.FOCUS_GROUP, null, "Focus groups with providers",
                "Two focus groups with 11 providers about what is working well in youth services and what is not.",
                counts(PROVIDER, 11, PROFESSIONAL, 2), List.of(maya), LadderRung.CONSULTING,
                Set.of(CoProductionMode.CO_PLANNING), DecisionLevel.MACRO,
                "Providers asked for longer contracts and a shared way of measuring outcomes; both went into the "
                        + "plan for Planning.",
                Map.of()));
        record(demo, jordanReid, new ActivityDetails(LocalDate.of(2026, 9, 28), Phase.INSIGHT,
                ActivityMethod.PEER_RESEARCH, null, "Young Voices peer research with young carers",
                "Young Voices peer researchers interviewed young carers about their lives and what gets in the way "
                        + "of time for themselves.",
                counts(PERSON_USING_SERVICES, 6, CARER, 18), List.of(jordan, maya), LadderRung.CO_PRODUCING,
                Set.of(CoProductionMode.CO_PLANNING), DecisionLevel.MACRO,
                "Young carers' missing out became one of the commission's needs, in their own words.",
                profile(EqualityGroup.AGE_11_TO_15, 13, EqualityGroup.AGE_16_TO_18, 11,
                        EqualityGroup.DISABLED, 4, EqualityGroup.NOT_DISABLED, 18,
                        EqualityGroup.DISABILITY_NOT_KNOWN, 2,
                        EqualityGroup.WHITE, 15, EqualityGroup.ASIAN, 6, EqualityGroup.BLACK, 3)));
        record(demo, priya, new ActivityDetails(LocalDate.of(2026, 10, 7), Phase.INSIGHT,
                ActivityMethod.BOARD_MEETING, null, "Briefing the children's services scrutiny committee",
                "Tell the scrutiny committee how the youth services commission is being run and what young people "
                        + "have said so far.",
                counts(ELECTED_MEMBER, 7, PROFESSIONAL, 2, PERSON_USING_SERVICES, 1), List.of(jordan, helen),
                LadderRung.INFORMING, Set.of(CoProductionMode.CO_COMMISSIONING), DecisionLevel.MACRO,
                "The committee asked to hear from young people again before the tender goes out.",
                Map.of()));
        record(demo, tomOkafor, new ActivityDetails(LocalDate.of(2026, 10, 21), Phase.INSIGHT,
                ActivityMethod.USER_LED_ASSESSMENT, null, "Youth-led quality review of current services",
                "Teams of two young assessors with lived experience and one commissioner visit each current service "
                        + "and rate its quality.",
                counts(PERSON_USING_SERVICES, 6, PROFESSIONAL, 3), List.of(jordan, maya, tom),
                LadderRung.CO_PRODUCING, Set.of(CoProductionMode.CO_ASSESSMENT), DecisionLevel.MICRO,
                "The assessors' ratings go to the commissioner with each service's recommendation.",
                profile(EqualityGroup.AGE_16_TO_18, 5, EqualityGroup.AGE_26_TO_64, 4)));
        record(demo, tomOkafor, new ActivityDetails(LocalDate.of(2026, 11, 12), Phase.INSIGHT,
                ActivityMethod.MYSTERY_SHOPPING, null, "Mystery shopping of the youth centres",
                "Young people and parents visit the council's youth centres as newcomers would, and report how "
                        + "welcome they felt.",
                counts(PERSON_USING_SERVICES, 5, COMMUNITY_MEMBER, 3, PROFESSIONAL, 1), List.of(jordan, maya),
                LadderRung.ENGAGING, Set.of(CoProductionMode.CO_ASSESSMENT), DecisionLevel.MICRO,
                "Signs and opening times at Castle youth centre are being changed; nobody had told newcomers where "
                        + "to go.",
                Map.of()));
    }

    private void record(DemoCommissionReady demo, Actor by, ActivityDetails details) {
        activities.record(by, demo.organisationId(), demo.commissionId(), details);
    }

    private static Map<ParticipantKind, Integer> counts(Object... kindsAndCounts) {
        Map<ParticipantKind, Integer> counts = new EnumMap<>(ParticipantKind.class);
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            counts.put((ParticipantKind) kindsAndCounts[i], (Integer) kindsAndCounts[i + 1]);
        }
        return counts;
    }

    private static Map<EqualityGroup, Integer> profile(Object... groupsAndCounts) {
        Map<EqualityGroup, Integer> counts = new EnumMap<>(EqualityGroup.class);
        for (int i = 0; i < groupsAndCounts.length; i += 2) {
            counts.put((EqualityGroup) groupsAndCounts[i], (Integer) groupsAndCounts[i + 1]);
        }
        return counts;
    }
}
