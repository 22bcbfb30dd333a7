package org.tandem.coproduction;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.coproduction.internal.CoProductionSummary;
import org.tandem.coproduction.internal.Involvement;
import org.tandem.coproduction.internal.InvolvementModel;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.coproduction.Activities.activity;
import static org.tandem.coproduction.CoProductionMode.CO_ASSESSMENT;
import static org.tandem.coproduction.CoProductionMode.CO_DELIVERY;
import static org.tandem.coproduction.CoProductionMode.CO_DESIGN;
import static org.tandem.coproduction.CoProductionMode.CO_PLANNING;
import static org.tandem.coproduction.CoProductionMode.CO_PRIORITISATION;
import static org.tandem.coproduction.LadderRung.CONSULTING;
import static org.tandem.coproduction.LadderRung.CO_DESIGNING;
import static org.tandem.coproduction.LadderRung.CO_PRODUCING;
import static org.tandem.coproduction.ParticipantKind.CARER;
import static org.tandem.coproduction.ParticipantKind.COMMUNITY_MEMBER;
import static org.tandem.coproduction.ParticipantKind.ELECTED_MEMBER;
import static org.tandem.coproduction.ParticipantKind.PERSON_USING_SERVICES;
import static org.tandem.coproduction.ParticipantKind.PROFESSIONAL;
import static org.tandem.coproduction.ParticipantKind.PROVIDER;

/**
 * The commission's cell in Dorset's 3x3 matrix follows from who planned and who delivered, and a commissioner has the
 * last word.
 */
class PlaceInTheMatrixTest extends CoProductionTest {

    @BeforeEach
    void ownCommission() {
        newCouncilAndCommission();
    }

    @ParameterizedTest
    @EnumSource(InvolvementModel.class)
    void eachOfTheNineCellsIsReachedFromTheRecords(InvolvementModel model) {
        planning(model.planning());
        delivery(model.delivery());
        // Co-assessment at the top of the ladder, with and without professionals, moves neither side.
        record(activity().serving(CO_ASSESSMENT).at(CO_PRODUCING).with(PERSON_USING_SERVICES, 4));
        record(activity().serving(CO_ASSESSMENT).at(CO_PRODUCING).with(PERSON_USING_SERVICES, 4, PROFESSIONAL, 1));

        CoProductionSummary summary = summary();
        assertThat(summary.matrix().model()).isEqualTo(model);
        assertThat(summary.matrix().planning().involvement()).isEqualTo(model.planning());
        assertThat(summary.matrix().delivery().involvement()).isEqualTo(model.delivery());
    }

    private void planning(Involvement involvement) {
        switch (involvement) {
            // Consulting many people, even at length, leaves planning with professionals.
            case PROFESSIONALS_ONLY -> record(activity().serving(CO_PLANNING).at(CONSULTING)
                    .with(PERSON_USING_SERVICES, 400, PROFESSIONAL, 2));
            case PROFESSIONALS_WITH_USERS -> {
                record(activity().serving(CO_DESIGN).at(CO_DESIGNING).with(CARER, 6, PROFESSIONAL, 2));
                record(activity().serving(CO_PRIORITISATION).at(CO_PRODUCING).with(COMMUNITY_MEMBER, 30));
            }
            case NO_PROFESSIONAL_INPUT -> {
                record(activity().serving(CO_DESIGN).at(CO_PRODUCING).with(PERSON_USING_SERVICES, 8, CARER, 3));
                // Elected members govern; they do not make a citizen-led activity a professional one.
                record(activity().serving(CO_PLANNING).at(CO_DESIGNING).with(COMMUNITY_MEMBER, 12, ELECTED_MEMBER, 2));
                // An activity with professionals that did not share power does not count either way.
                record(activity().serving(CO_PLANNING).at(CONSULTING).with(COMMUNITY_MEMBER, 50, PROFESSIONAL, 1));
            }
        }
    }

    private void delivery(Involvement involvement) {
        switch (involvement) {
            case PROFESSIONALS_ONLY -> record(activity().serving(CO_DELIVERY).at(CO_PRODUCING).with(PROVIDER, 5));
            case PROFESSIONALS_WITH_USERS -> record(activity().serving(CO_DELIVERY).at(CO_PRODUCING)
                    .with(PERSON_USING_SERVICES, 6, PROVIDER, 2));
            case NO_PROFESSIONAL_INPUT -> record(activity().serving(CO_DELIVERY).at(CO_DESIGNING)
                    .with(COMMUNITY_MEMBER, 20));
        }
    }

    @Test
    void aCommissionWithNothingRecordedIsTraditional() {
        assertThat(summary().matrix().model()).isEqualTo(InvolvementModel.TRADITIONAL);
        assertThat(summary().confirmation()).isNull();
    }

    @Test
    void theCommissionerConfirmsTheDerivedCellWithoutAReason() {
        record(activity().serving(CO_DESIGN).at(CO_DESIGNING));
        CoProductionSummary confirmed = summaries.confirmMatrix(commissioner(), member(council), commission,
                InvolvementModel.USER_INVOLVEMENT_IN_PLANNING, "  ");

        assertThat(confirmed.confirmation().model()).isEqualTo(InvolvementModel.USER_INVOLVEMENT_IN_PLANNING);
        assertThat(confirmed.confirmation().overridden()).isFalse();
        assertThat(confirmed.confirmation().reason()).isNull();
        assertThat(confirmed.confirmation().confirmedByName()).isEqualTo("Test commissioner");
        assertThat(confirmed.confirmation().confirmedAt()).isNotNull();
        assertThat(auditEvents(council, "coproduction.matrix-confirmed")).isEqualTo(1);
    }

    @Test
    void settingAnotherCellNeedsAReasonAndKeepsTheDerivedOneBesideIt() {
        record(activity().serving(CO_DESIGN).at(CO_DESIGNING));
        assertThatThrownBy(() -> summaries.confirmMatrix(commissioner(), member(council), commission,
                InvolvementModel.FULL_CO_PRODUCTION, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Enter why the commission belongs in Full co-production");
        assertThatThrownBy(() -> summaries.confirmMatrix(commissioner(), member(council), commission,
                InvolvementModel.FULL_CO_PRODUCTION, "x".repeat(2001)))
                .hasMessageContaining("Reason must be 2,000 characters or fewer");
        assertThat(summary().confirmation()).isNull();

        CoProductionSummary overridden = summaries.confirmMatrix(commissioner(), member(council), commission,
                InvolvementModel.FULL_CO_PRODUCTION,
                "Young people run the youth club committee, which is not recorded here");
        assertThat(overridden.confirmation().model()).isEqualTo(InvolvementModel.FULL_CO_PRODUCTION);
        assertThat(overridden.confirmation().derivedThen()).isEqualTo(InvolvementModel.USER_INVOLVEMENT_IN_PLANNING);
        assertThat(overridden.confirmation().overridden()).isTrue();
        assertThat(overridden.matrix().model()).isEqualTo(InvolvementModel.USER_INVOLVEMENT_IN_PLANNING);
        assertThat(jdbc.sql("select summary from audit_event where organisation_id = ? and action = ?")
                .params(council, "coproduction.matrix-confirmed").query(String.class).single())
                .contains("placed in Full co-production: Young people run the youth club committee");
    }

    @Test
    void aConfirmationShowsWhenTheRecordsHaveMovedSince() {
        summaries.confirmMatrix(commissioner(), member(council), commission, InvolvementModel.TRADITIONAL, null);
        assertThat(summary().recordsMovedSinceConfirmed()).isFalse();

        record(activity().serving(CO_DELIVERY).at(CO_PRODUCING).with(COMMUNITY_MEMBER, 9, PROFESSIONAL, 1));
        CoProductionSummary moved = summary();
        assertThat(moved.matrix().model()).isEqualTo(InvolvementModel.COMMUNITY_DELIVERY);
        assertThat(moved.confirmation().model()).isEqualTo(InvolvementModel.TRADITIONAL);
        assertThat(moved.recordsMovedSinceConfirmed()).isTrue();
    }

    @Test
    void onlyTheLeadOrganisationConfirms() {
        var partner = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        commission = newCommission(council, Set.of(partner));
        assertThatThrownBy(() -> summaries.confirmMatrix(commissioner(), member(partner), commission,
                InvolvementModel.TRADITIONAL, null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("is a partner");
        assertThat(summaries.summary(member(partner, Role.SCRUTINY_MEMBER), commission).confirmation()).isNull();
    }

    private CurrentUser commissioner() {
        return new CurrentUser(java.util.UUID.randomUUID(), "Test commissioner", "c@example.org", java.util.List.of());
    }
}
