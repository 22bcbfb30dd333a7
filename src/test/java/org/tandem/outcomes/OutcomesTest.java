package org.tandem.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.internal.FrameworkReviews;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.outcomes.internal.OutcomeEditing;
import org.tandem.outcomes.internal.ReviewGroup;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.ServiceArea;
import org.tandem.support.TenantTest;

/**
 * Outcomes tests work on a council and commission of their own, so the demo story's framework is never disturbed.
 * The council has a commissioner, a citizen co-producer and a panel member, the last two forming a review group.
 */
public abstract class OutcomesTest extends TenantTest {

    @Autowired
    protected FrameworkService frameworks;
    @Autowired
    protected OutcomeEditing editing;
    @Autowired
    protected FrameworkReviews reviews;
    @Autowired
    private CommissionService commissions;

    protected UUID council;
    protected UUID commission;
    protected String commissioner;
    protected String citizen;
    protected String panel;

    protected void newCouncilAndCommission() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        commission = commissions.createAs(Actor.TANDEM, council, new CommissionDraft(unique("Test commission"), null,
                ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL, Money.pounds("1000.00"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), Set.of())).id();
        commissioner = newPerson("Cara Commissioner", council, Role.COMMISSIONER);
        citizen = newPerson("Jo Citizen", council, Role.CITIZEN_CO_PRODUCER);
        panel = newPerson("Pat Panel", council, Role.PANEL_MEMBER);
    }

    protected Actor actor(String email) {
        return new Actor(demo.person(email), nameOf(email));
    }

    protected FrameworkView start() {
        return frameworks.start(actor(commissioner), council, commission, null);
    }

    protected ReviewGroup group() {
        return reviews.createGroup(actor(commissioner), council, unique("Young reviewers"), null,
                List.of(demo.person(citizen), demo.person(panel)));
    }

    protected static OutcomeDraft outcome(String words) {
        return new OutcomeDraft(words, null, OutcomeLevel.SERVICE, ValueType.USER, WellbeingElement.RELATEDNESS,
                Set.of(WayToWellbeing.CONNECT), Set.of(BottomLine.SOCIAL), PreventionLevel.MIDSTREAM,
                InterventionPathway.PREVENTION, Set.of(ParticipantKind.PERSON_USING_SERVICES));
    }

    protected static IndicatorDraft indicator(String name, IndicatorKind kind) {
        return new IndicatorDraft(name, "What it counts", "%", Direction.INCREASE, new BigDecimal("40"),
                new BigDecimal("60"), "Annual survey", Frequency.ANNUALLY, kind, MeasurementMethod.SURVEY);
    }

    protected FrameworkView framework(UUID id) {
        return frameworks.framework(council, id);
    }
}
