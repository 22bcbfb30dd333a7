package org.tandem.coproduction;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tandem.commissions.Phase;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.coproduction.Activities.activity;

/**
 * The published {@link CoProductionRecord}: an outcomes workshop or a quality visit records itself on a commission on
 * someone's behalf, under the same rules as the form, and every new activity is announced.
 */
@RecordApplicationEvents
class OtherModulesRecordActivitiesTest extends CoProductionTest {

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void ownCommission() {
        newCouncilAndCommission();
    }

    @Test
    void anActivityRecordedOnSomeonesBehalfIsAuditedAsThemAndAnnounced() {
        String assessor = newPerson("Ada Assessor", council, Role.PANEL_MEMBER);
        Actor ada = new Actor(demo.person(assessor), "Ada Assessor");
        UUID id = record.record(ada, council, commission, activity().phase(Phase.REVIEW)
                .titled("Quality visit to the youth club").at(LadderRung.CO_PRODUCING)
                .serving(CoProductionMode.CO_ASSESSMENT).named(NamedPerson.member(demo.person(assessor)))
                .details());

        CoProductionActivityRecorded recorded = events.stream(CoProductionActivityRecorded.class)
                .filter(e -> e.activityId().equals(id)).findFirst().orElseThrow();
        assertThat(recorded.commissionId()).isEqualTo(commission);
        assertThat(recorded.organisationId()).isEqualTo(council);
        assertThat(recorded.phase()).isEqualTo(Phase.REVIEW);
        assertThat(recorded.rung()).isEqualTo(LadderRung.CO_PRODUCING);
        assertThat(recorded.modes()).containsExactly(CoProductionMode.CO_ASSESSMENT);
        assertThat(recorded.participants()).isEqualTo(12);
        assertThat(recorded.recordedBy()).isEqualTo(demo.person(assessor));
        assertThat(jdbc.sql("select actor_name from audit_event where action = ? and entity_id = ?")
                .params("coproduction.activity-recorded", id.toString()).query(String.class).single())
                .isEqualTo("Ada Assessor");
        assertThat(summary().usualSuspects().activities()).isEqualTo(1);
        assertThat(jdbc.sql("select recorded_by_name from coproduction_activity where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Ada Assessor");
    }

    @Test
    void theRulesAreTheSameAsTheForms() {
        assertThatThrownBy(() -> record(activity().with()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Enter how many people took part, for at least one kind")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("participants");
        assertThatThrownBy(() -> record(activity().serving()))
                .hasMessage("Select the Co or Co's the activity served");
        assertThatThrownBy(() -> record(activity().method(ActivityMethod.OTHER, "  ")))
                .hasMessage("Enter how the activity was run");
        assertThatThrownBy(() -> record(activity().with(ParticipantKind.CARER, 2).named("Ann", "Bob", "Cy")))
                .hasMessage("You named 3 people but counted 2 taking part: count everyone you name");
        assertThatThrownBy(() -> record(activity().named("!!!")))
                .hasMessage("Each name must have letters in it: !!!");
        assertThatThrownBy(() -> record(activity().with(ParticipantKind.CARER, 2)
                .profile(EqualityGroup.WHITE, 2).profile(EqualityGroup.BLACK, 1)))
                .hasMessage("Ethnic group counts add up to 3, more than the 2 people who took part");
        assertThat(summary().activities()).isZero();
        assertThat(events.stream(CoProductionActivityRecorded.class)
                .filter(e -> e.commissionId().equals(commission)).count()).isZero();
    }

    @Test
    void aCommissionTheOrganisationDoesNotLeadOrAPersonFromElsewhereIsNotFound() {
        UUID partner = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        UUID shared = newCommission(council, java.util.Set.of(partner));
        assertThatThrownBy(() -> record.record(Actor.TANDEM, partner, shared, activity().details()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> record.record(Actor.TANDEM, council, demo.youthCommission(), activity().details()))
                .isInstanceOf(NotFoundException.class);
        NamedPerson jordan = NamedPerson.member(demo.person(org.tandem.support.Demo.CITIZEN));
        assertThatThrownBy(() -> record(activity().named(jordan)))
                .isInstanceOf(NotFoundException.class);
        assertThat(summary().activities()).isZero();
    }

    @Test
    void theSamePersonNamedTwiceInOneActivityIsNamedOnce() {
        String leah = newPerson("Leah Morgan", council, Role.CITIZEN_CO_PRODUCER);
        UUID id = record(activity().named(NamedPerson.member(demo.person(leah)))
                .named("leah morgan", "Kit Lee", "KIT  LEE"));
        assertThat(jdbc.sql("select display_name from coproduction_named_person where activity_id = ?"
                        + " order by position")
                .param(id).query(String.class).list()).containsExactly("Leah Morgan", "Kit Lee");
    }
}
