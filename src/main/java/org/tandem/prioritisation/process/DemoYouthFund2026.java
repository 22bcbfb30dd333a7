package org.tandem.prioritisation.process;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;

/**
 * Millbrook's Youth Fund 2026, last year's fund: £40,000 that young people decided on, every phase over. Nine ideas
 * went to the vote; the ballots are counted and the results published by the demo's results part, so the 2027 story
 * can point to what was funded last time.
 */
@Component
class DemoYouthFund2026 {

    static final String TITLE = "Youth Fund 2026";

    /**
     * The accepted proposals in number order: title, ward (null for the whole borough), cost in pounds. The 2026
     * fund was one pot for the whole borough, with no area budgets, so it was counted as one vote.
     */
    private static final List<String[]> IDEAS = List.of(
            new String[] {"Skate park lights", "Eastfield", "6000",
                "Floodlights at the Eastfield skate park so it can be used safely after dark in winter."},
            new String[] {"Girls' football sessions", "Northgate", "4500",
                "Weekly evening football for girls aged 11 to 16, with a woman coach."},
            new String[] {"Youth club open late on Fridays", "Riverside", "12000",
                "The Riverside youth club open until 11pm on Fridays, with two youth workers."},
            new String[] {"Music studio at Riverside library", "Riverside", "9000",
                "Recording equipment and soundproofing in a room at Riverside library."},
            new String[] {"Free swimming for young carers", null, "3500",
                "Free swimming for young carers and a friend, all year."},
            new String[] {"Mental health first aid training", null, "5000",
                "Mental health first aid courses for 60 young people, so friends know how to help."},
            new String[] {"Outdoor gym on Northgate Green", "Northgate", "14000",
                "Outdoor gym equipment on Northgate Green, free to use."},
            new String[] {"Holiday meals and activities", "Eastfield", "8000",
                "A hot meal and activities every weekday of the summer holidays at Eastfield Community Centre."},
            new String[] {"Bike repair workshop", "Eastfield", "2500",
                "A weekly workshop where young people learn to fix bikes, with tools and parts."});

    private final ProcessService processes;
    private final ProposalService proposals;

    DemoYouthFund2026(ProcessService processes, ProposalService proposals) {
        this.processes = processes;
        this.proposals = proposals;
    }

    @EventListener
    @Order(71)
    void on(DemoCommissionReady demo) {
        LocalDate today = processes.today();
        PbProcessView fund = processes.create(demo.cast().person("officer"), demo.organisationId(),
                new ProcessDetails(demo.commissionId(), TITLE,
                        "Young people aged 11 to 19 decided how £40,000 was spent on things for young people in "
                                + "Millbrook in 2026.",
                        Money.pounds("40000.00"),
                        List.of(),
                        List.of(new PhaseDates(PbPhase.PROPOSAL_COLLECTION, today.minusDays(300), today.minusDays(260)),
                                new PhaseDates(PbPhase.REVIEW_AND_COSTING, today.minusDays(259), today.minusDays(230)),
                                new PhaseDates(PbPhase.VOTING, today.minusDays(229), today.minusDays(208)),
                                new PhaseDates(PbPhase.COUNTING, today.minusDays(207), today.minusDays(205)),
                                new PhaseDates(PbPhase.RESULTS, today.minusDays(204), today.minusDays(198)),
                                new PhaseDates(PbPhase.IMPLEMENTATION, today.minusDays(197), today.minusDays(1))),
                        Eligibility.SIGNED_IN, List.of("Eastfield", "Northgate", "Riverside"), List.of(), 11, true));
        for (String[] idea : IDEAS) {
            accept(fund, idea(fund, idea));
        }
    }

    private ProposalView idea(PbProcessView fund, String[] idea) {
        String name = "Young Voices";
        return proposals.store(new Actor(null, name), fund, new ProposalService.Proposer(null, name,
                        "ideas@youngvoices.example"),
                new ProposalService.ProposalDraft(null, idea[0], idea[3], null, idea[1], Money.pounds(idea[2])));
    }

    private void accept(PbProcessView fund, ProposalView proposal) {
        ProposalView costed = proposals.assess(fund.organisationId(), fund.id(), proposal.id(), proposal.version(),
                Feasibility.FEASIBLE, null, null, null);
        proposals.decide(fund.organisationId(), fund.id(), proposal.id(), costed.version(),
                new ProposalService.Decision(ProposalStatus.ACCEPTED, "Young Voices' review panel found it can be "
                        + "done within the year", null));
    }
}
