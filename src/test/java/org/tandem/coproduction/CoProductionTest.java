package org.tandem.coproduction;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.coproduction.internal.CoProductionSummaries;
import org.tandem.coproduction.internal.CoProductionSummary;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.ServiceArea;
import org.tandem.support.TenantTest;

/**
 * Co-production tests work on a council and commission of their own, so their activities never change the demo
 * story's figures, and record through the same {@link CoProductionRecord} other modules use.
 */
public abstract class CoProductionTest extends TenantTest {

    @Autowired
    protected CoProductionRecord record;
    @Autowired
    protected CoProductionSummaries summaries;
    @Autowired
    private CommissionService commissions;

    protected UUID council;
    protected UUID commission;

    /** A council of the test's own with a commission in Insight. */
    protected void newCouncilAndCommission() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        commission = newCommission(council, Set.of());
    }

    protected UUID newCommission(UUID lead, Set<UUID> partners) {
        return commissions.createAs(Actor.TANDEM, lead, new CommissionDraft(unique("Test commission"), null,
                ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL, Money.pounds("1000.00"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), partners)).id();
    }

    protected UUID record(Activities activity) {
        return record.record(Actor.TANDEM, council, commission, activity.details());
    }

    protected CoProductionSummary summary() {
        return summaries.summary(member(council), commission);
    }

    protected static CurrentUser.Membership member(UUID organisationId, Role... roles) {
        return new CurrentUser.Membership(organisationId, "Test", OrganisationKind.COMMISSIONING_BODY,
                roles.length == 0 ? Set.of(Role.COMMISSIONER) : Set.of(roles));
    }
}
