package org.tandem.commissions.internal;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.commissions.ChecklistItem;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;

/**
 * The demo story's commission: Millbrook's youth services for 2027–2030, commissioned with the NHS board and, from
 * the start, with young people. It is in Insight, with the first co-produced steps done.
 */
@Component
class DemoCommission {

    private final CommissionService commissions;
    private final ApplicationEventPublisher events;

    DemoCommission(CommissionService commissions, ApplicationEventPublisher events) {
        this.commissions = commissions;
        this.events = events;
    }

    @EventListener
    void on(DemoCast cast) {
        Actor priya = cast.person("commissioner");
        CommissionView youth = commissions.createAs(priya, cast.organisation("council"), new CommissionDraft(
                "Youth services 2027 to 2030",
                "Open-access youth work, detached work on the estates and early help for young people's mental "
                        + "health, commissioned for outcomes that young people in Millbrook chose themselves.",
                ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL, Money.pounds("1200000.00"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2030, 3, 31), Set.of(cast.organisation("icb"))));
        commissions.tickAs(cast.person("officer"), cast.organisation("council"), youth.id(),
                ChecklistItem.NEEDS_ASSESSMENT, "Joint strategic needs assessment 2026, youth chapter");
        commissions.tickAs(cast.person("officer"), cast.organisation("council"), youth.id(),
                ChecklistItem.PROVIDER_FOCUS_GROUPS, "Two focus groups with 11 providers in September");
        commissions.tickAs(priya, cast.organisation("council"), youth.id(), ChecklistItem.APPRECIATIVE_WORKSHOPS,
                "Young Voices ran three 'what makes a good day' workshops");
        events.publishEvent(new DemoCommissionReady(youth.id(), cast.organisation("council"), cast));
    }
}
