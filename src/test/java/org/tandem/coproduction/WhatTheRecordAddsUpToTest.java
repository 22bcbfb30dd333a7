package org.tandem.coproduction;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.coproduction.internal.CoProductionSummary;
import org.tandem.coproduction.internal.CoverageOfCos;
import org.tandem.coproduction.internal.LadderOverTime;
import org.tandem.coproduction.internal.NeedhamCarrLevel;
import org.tandem.coproduction.internal.UsualSuspects;
import org.tandem.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.coproduction.Activities.activity;
import static org.tandem.coproduction.CoProductionMode.CO_ASSESSMENT;
import static org.tandem.coproduction.CoProductionMode.CO_COMMISSIONING;
import static org.tandem.coproduction.CoProductionMode.CO_DELIVERY;
import static org.tandem.coproduction.CoProductionMode.CO_DESIGN;
import static org.tandem.coproduction.CoProductionMode.CO_PLANNING;
import static org.tandem.coproduction.CoProductionMode.CO_PRIORITISATION;
import static org.tandem.coproduction.LadderRung.CONSULTING;
import static org.tandem.coproduction.LadderRung.CO_DESIGNING;
import static org.tandem.coproduction.LadderRung.CO_PRODUCING;
import static org.tandem.coproduction.LadderRung.ENGAGING;
import static org.tandem.coproduction.LadderRung.INFORMING;
import static org.tandem.coproduction.ParticipantKind.CARER;
import static org.tandem.coproduction.ParticipantKind.PERSON_USING_SERVICES;
import static org.tandem.coproduction.ParticipantKind.PROFESSIONAL;
import static org.tandem.coproduction.ParticipantKind.PROVIDER;

/** The ladder over time, the four Co's, Needham and Carr's level, the equalities profile and the usual suspects. */
class WhatTheRecordAddsUpToTest extends CoProductionTest {

    @BeforeEach
    void ownCommission() {
        newCouncilAndCommission();
    }

    @Test
    void theLadderGroupsRungsIntoDoingToForAndWithQuarterByQuarter() {
        record(activity().on(LocalDate.of(2026, 1, 5)).at(INFORMING).with(PROFESSIONAL, 3));
        record(activity().on(LocalDate.of(2026, 3, 31)).at(CONSULTING).with(PERSON_USING_SERVICES, 40));
        record(activity().on(LocalDate.of(2026, 3, 1)).at(ENGAGING).with(PERSON_USING_SERVICES, 10));
        record(activity().on(LocalDate.of(2026, 10, 1)).at(CO_DESIGNING).with(PERSON_USING_SERVICES, 7));
        record(activity().on(LocalDate.of(2026, 11, 30)).at(CO_PRODUCING).with(CARER, 5));

        LadderOverTime ladder = summary().ladder();
        assertThat(ladder.byQuarter()).extracting(LadderOverTime.QuarterCount::label)
                .containsExactly("Jan to Mar 2026", "Apr to Jun 2026", "Jul to Sep 2026", "Oct to Dec 2026");
        assertThat(ladder.byQuarter().getFirst()).isEqualTo(new LadderOverTime.QuarterCount(2026, 1, 1, 2, 0));
        assertThat(ladder.byQuarter().get(1)).isEqualTo(new LadderOverTime.QuarterCount(2026, 2, 0, 0, 0));
        assertThat(ladder.byQuarter().getLast()).isEqualTo(new LadderOverTime.QuarterCount(2026, 4, 0, 0, 2));
        assertThat(ladder.byQuarter().getLast().key()).isEqualTo("2026-Q4");
        assertThat(ladder.byRung()).filteredOn(r -> r.rung() == CONSULTING).singleElement()
                .isEqualTo(new LadderOverTime.RungCount(CONSULTING, 1, 40));
        assertThat(ladder.byRung()).hasSize(7);
    }

    @Test
    void theFourCosCountTheirKindsAndShowWhatIsMissing() {
        record(activity().serving(CO_PLANNING).at(CO_DESIGNING));
        record(activity().serving(CO_PRIORITISATION, CO_DESIGN).at(CONSULTING));
        record(activity().serving(CO_ASSESSMENT).at(CO_PRODUCING).with(PROVIDER, 3));

        CoverageOfCos cos = summary().cos();
        assertThat(cos.cos()).extracting(CoverageOfCos.Co::mode)
                .containsExactly(CO_COMMISSIONING, CO_DESIGN, CO_DELIVERY, CO_ASSESSMENT);
        assertThat(cos.cos().getFirst()).isEqualTo(new CoverageOfCos.Co(CO_COMMISSIONING, 2, 1));
        assertThat(cos.cos().get(1)).isEqualTo(new CoverageOfCos.Co(CO_DESIGN, 1, 0));
        // Providers alone at the top of the ladder share no power with citizens.
        assertThat(cos.cos().getLast()).isEqualTo(new CoverageOfCos.Co(CO_ASSESSMENT, 1, 0));
        assertThat(cos.missing()).containsExactly(CO_DELIVERY);
        assertThat(cos.covered()).isEqualTo(3);
        assertThat(CO_DELIVERY.mechanism()).isEqualTo(Mechanism.CITIZEN_ACTION);
        assertThat(CO_PLANNING.mechanism()).isEqualTo(Mechanism.CITIZEN_VOICE);
    }

    @Test
    void needhamAndCarrsLevelRisesAsPowerIsSharedAcrossTheCycle() {
        assertThat(summary().level()).isEqualTo(NeedhamCarrLevel.DESCRIPTIVE);
        record(activity().serving(CO_DESIGN, CO_DELIVERY).at(ENGAGING));
        record(activity().serving(CO_DELIVERY).at(CO_PRODUCING).with(PROFESSIONAL, 4));
        assertThat(summary().level()).as("nothing shared power with citizens").isEqualTo(NeedhamCarrLevel.DESCRIPTIVE);

        record(activity().serving(CO_DELIVERY).at(CO_PRODUCING));
        record(activity().serving(CO_DESIGN).at(CO_DESIGNING));
        assertThat(summary().level()).as("delivery and one other Co").isEqualTo(NeedhamCarrLevel.INTERMEDIATE);

        record(activity().serving(CO_ASSESSMENT).at(CO_DESIGNING));
        assertThat(summary().level()).isEqualTo(NeedhamCarrLevel.TRANSFORMATIVE);
    }

    @Test
    void sharingPowerEverywhereButDeliveryStaysIntermediate() {
        record(activity().serving(CO_PLANNING, CO_DESIGN, CO_ASSESSMENT).at(CO_PRODUCING));
        assertThat(summary().level()).isEqualTo(NeedhamCarrLevel.INTERMEDIATE);
    }

    @Test
    void theEqualitiesProfileAddsUpGroupsAcrossActivities() {
        record(activity().with(PERSON_USING_SERVICES, 20).profile(EqualityGroup.AGE_11_TO_15, 12)
                .profile(EqualityGroup.AGE_16_TO_18, 8).profile(EqualityGroup.DISABLED, 2)
                .profile(EqualityGroup.DISABILITY_PREFER_NOT_TO_SAY, 18));
        record(activity().with(PERSON_USING_SERVICES, 10).profile(EqualityGroup.AGE_11_TO_15, 4)
                .profile(EqualityGroup.AGE_NOT_KNOWN, 6).profile(EqualityGroup.WHITE, 5));
        record(activity().with(CARER, 3));

        var profile = summary().equalities();
        assertThat(profile.activitiesWithProfile()).isEqualTo(2);
        assertThat(profile.activities()).isEqualTo(3);
        assertThat(profile.count(EqualityGroup.AGE_11_TO_15)).isEqualTo(16);
        assertThat(profile.count(EqualityGroup.AGE_NOT_KNOWN)).isEqualTo(6);
        assertThat(profile.total(EqualityDimension.AGE)).isEqualTo(30);
        assertThat(profile.percent(EqualityGroup.AGE_16_TO_18)).isEqualTo(27);
        assertThat(profile.total(EqualityDimension.DISABILITY)).isEqualTo(20);
        assertThat(profile.percent(EqualityGroup.DISABLED)).isEqualTo(10);
        assertThat(profile.count(EqualityGroup.BLACK)).isZero();
        assertThat(profile.percent(EqualityGroup.BLACK)).isZero();
    }

    @Test
    void theUsualSuspectsAreNamedInThreeQuartersOfActivities() {
        record(activity().on(LocalDate.of(2026, 5, 1)).named("Leah Morgan", "Sam Idowu"));
        record(activity().on(LocalDate.of(2026, 6, 1)).named("leah  MORGAN", "Kit Lee"));
        assertThat(summary().usualSuspects().warning()).as("fewer than 3 activities").isFalse();

        record(activity().on(LocalDate.of(2026, 7, 1)).named("Léah Morgan.", "Sam Idowu"));
        UsualSuspects three = summary().usualSuspects();
        assertThat(three.threshold()).isEqualTo(3);
        assertThat(three.regulars()).containsExactly(new UsualSuspects.Regular("Léah Morgan.", 3));

        record(activity().on(LocalDate.of(2026, 8, 1)).named("Sam Idowu"));
        UsualSuspects four = summary().usualSuspects();
        assertThat(four.threshold()).isEqualTo(3);
        assertThat(four.regulars()).containsExactly(new UsualSuspects.Regular("Léah Morgan.", 3),
                new UsualSuspects.Regular("Sam Idowu", 3));

        record(activity());
        record(activity());
        assertThat(summary().usualSuspects().threshold()).isEqualTo(5);
        assertThat(summary().usualSuspects().warning()).as("3 of 6 is not three quarters").isFalse();
    }

    @Test
    void aNamedPersonOfTheOrganisationIsRecognisedWhetherChosenOrTyped() {
        String jordan = newPerson("Jordan Reid-Smith", council, Role.CITIZEN_CO_PRODUCER);
        record(activity().named(NamedPerson.member(demo.person(jordan))));
        record(activity().named("jordan reid smith"));
        record(activity().named("JORDAN REID-SMITH"));

        assertThat(summary().usualSuspects().regulars())
                .containsExactly(new UsualSuspects.Regular("Jordan Reid-Smith", 3));
        assertThat(jdbc.sql("select distinct person_id from coproduction_named_person where organisation_id = ?")
                .param(council).query(java.util.UUID.class).list()).containsExactly(demo.person(jordan));
    }

    @Test
    void theDemoCommissionTellsMillbrooksStory() {
        CoProductionSummary youth = summaries.summary(member(demo.council(), Role.SCRUTINY_MEMBER),
                demo.youthCommission());
        assertThat(youth.activities()).isEqualTo(11);
        assertThat(youth.cos().missing()).containsExactly(CO_DELIVERY);
        assertThat(youth.level()).isEqualTo(NeedhamCarrLevel.INTERMEDIATE);
        assertThat(youth.matrix().model().label())
                .isEqualTo("Paternalistic or managerialist service delivery with user involvement in planning");
        assertThat(youth.usualSuspects().regulars()).extracting(UsualSuspects.Regular::name)
                .containsExactly("Jordan Reid", "Maya Collins");
        assertThat(youth.ladder().byQuarter()).extracting(LadderOverTime.QuarterCount::label)
                .containsExactly("Apr to Jun 2026", "Jul to Sep 2026", "Oct to Dec 2026");
        assertThat(youth.equalities().total(EqualityDimension.AGE)).isEqualTo(24 + 412 + 24 + 9);
        List<String> partnerView = summaries.summary(member(demo.organisation(org.tandem.support.Demo.ICB)),
                demo.youthCommission()).usualSuspects().regulars().stream().map(UsualSuspects.Regular::name).toList();
        assertThat(partnerView).containsExactly("Jordan Reid", "Maya Collins");
    }
}
