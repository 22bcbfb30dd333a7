package org.tandem.prioritisation.process;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PhaseDates;

/**
 * Millbrook's Youth Fund 2027: £60,000 of the youth commission's budget that young people decide on themselves,
 * across three areas. Its dates are set around the day the demo is loaded, so it is always in review and costing:
 * the young people's proposals are in, and officers are part way through checking and costing them.
 */
@Component
class DemoYouthFund {

    static final String TITLE = "Youth Fund 2027";

    private final ProcessService processes;

    DemoYouthFund(ProcessService processes) {
        this.processes = processes;
    }

    @EventListener
    @Order(70)
    void on(DemoCommissionReady demo) {
        LocalDate today = processes.today();
        processes.create(demo.cast().person("officer"), demo.organisationId(),
                new ProcessDetails(demo.commissionId(), TITLE,
                        "Young people aged 11 to 19 decide how £60,000 is spent on things for young people in "
                                + "Millbrook. Put forward an idea, we check what it would cost, then young people "
                                + "vote for the ideas they want.",
                        Money.pounds("60000.00"),
                        List.of(new ProcessDetails.DistrictBudget("Eastfield", Money.pounds("20000.00")),
                                new ProcessDetails.DistrictBudget("Northgate", Money.pounds("20000.00")),
                                new ProcessDetails.DistrictBudget("Riverside", Money.pounds("20000.00"))),
                        List.of(new PhaseDates(PbPhase.PROPOSAL_COLLECTION, today.minusDays(42), today.minusDays(8)),
                                new PhaseDates(PbPhase.REVIEW_AND_COSTING, today.minusDays(7), today.plusDays(13)),
                                new PhaseDates(PbPhase.VOTING, today.plusDays(14), today.plusDays(34)),
                                new PhaseDates(PbPhase.COUNTING, today.plusDays(35), today.plusDays(37)),
                                new PhaseDates(PbPhase.RESULTS, today.plusDays(38), today.plusDays(44)),
                                new PhaseDates(PbPhase.IMPLEMENTATION, today.plusDays(45), today.plusDays(410))),
                        Eligibility.SIGNED_IN, List.of("Eastfield", "Northgate", "Riverside"), List.of(), 11, true));
    }
}
