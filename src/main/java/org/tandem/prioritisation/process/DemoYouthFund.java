package org.tandem.prioritisation.process;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.outcomes.OutcomeView;
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
 * Millbrook's Youth Fund 2027: £60,000 of the youth commission's budget that young people decide on themselves:
 * £15,000 for each of three areas, counted area by area, and £15,000 for ideas for the whole borough. Its dates
 * are set around the day the demo is loaded, so it is always in review and costing:
 * the young people's proposals are in, and officers are part way through checking and costing them.
 */
@Component
class DemoYouthFund {

    static final String TITLE = "Youth Fund 2027";

    // Outcomes of the youth commission's agreed framework (the outcomes demo) that young people's ideas help with.
    private static final String SAFE_PLACE = "I have somewhere safe to go and someone to talk to";
    private static final String FEELING_GOOD = "I feel good about myself and where I'm going";
    private static final String ACTIVE = "I'm healthy and active";
    private static final String LEARNING = "I'm learning new things and getting skills for work";
    private static final String GETTING_THERE = "I can get to the places I want to go";
    private static final String FRIENDS = "I have good friends and get on with people";

    private final ProcessService processes;
    private final ProposalService proposals;
    private final ProposalOutcomes outcomes;

    DemoYouthFund(ProcessService processes, ProposalService proposals, ProposalOutcomes outcomes) {
        this.processes = processes;
        this.proposals = proposals;
        this.outcomes = outcomes;
    }

    @EventListener
    @Order(70)
    void on(DemoCommissionReady demo) {
        LocalDate today = processes.today();
        PbProcessView fund = processes.create(demo.cast().person("officer"), demo.organisationId(),
                new ProcessDetails(demo.commissionId(), TITLE,
                        "Young people aged 11 to 19 decide how £60,000 is spent on things for young people in "
                                + "Millbrook. Put forward an idea, we check what it would cost, then young people "
                                + "vote for the ideas they want.",
                        Money.pounds("60000.00"),
                        List.of(new ProcessDetails.DistrictBudget("Eastfield", Money.pounds("15000.00")),
                                new ProcessDetails.DistrictBudget("Northgate", Money.pounds("15000.00")),
                                new ProcessDetails.DistrictBudget("Riverside", Money.pounds("15000.00"))),
                        List.of(new PhaseDates(PbPhase.PROPOSAL_COLLECTION, today.minusDays(42), today.minusDays(8)),
                                new PhaseDates(PbPhase.REVIEW_AND_COSTING, today.minusDays(7), today.plusDays(13)),
                                new PhaseDates(PbPhase.VOTING, today.plusDays(14), today.plusDays(34)),
                                new PhaseDates(PbPhase.COUNTING, today.plusDays(35), today.plusDays(37)),
                                new PhaseDates(PbPhase.RESULTS, today.plusDays(38), today.plusDays(44)),
                                new PhaseDates(PbPhase.IMPLEMENTATION, today.plusDays(45), today.plusDays(410))),
                        Eligibility.SIGNED_IN, List.of("Eastfield", "Northgate", "Riverside"), List.of(), 11, true));
        proposals(demo, fund);
    }

    /**
     * Eight ideas from young people. Officers have costed and accepted three, joined a second girls' football idea
     * with the first, kindly turned down a leisure centre the fund could never pay for, and are still looking at
     * the rest.
     */
    private void proposals(DemoCommissionReady demo, PbProcessView fund) {
        Actor jordan = demo.cast().person("citizen");
        UUID east = fund.districts().get(0).id();
        UUID north = fund.districts().get(1).id();
        UUID river = fund.districts().get(2).id();
        ProposalView skate = idea(fund, jordan, east, "Fix the skate park on Eastfield Rec",
                "The ramps are cracked and the bowl floods. Young people from all over Millbrook use it after "
                        + "school; fixing it keeps us somewhere safe to go.", "Eastfield Recreation Ground",
                "Eastfield", "12000", SAFE_PLACE, ACTIVE);
        ProposalView football = idea(fund, young("Leah"), north, "Girls-only evening football",
                "A weekly evening session for girls aged 11 to 16, with a woman coach, so girls who feel pushed out "
                        + "of the mixed sessions can play.", "Northgate Sports Hall", "Northgate", "4000", ACTIVE,
                FRIENDS);
        ProposalView podcast = idea(fund, young("Kai"), river, "A youth-led podcast studio",
                "Microphones, a mixing desk and soundproofing in a room at Riverside library, so young people can "
                        + "make podcasts and radio about things that matter to them.", "Riverside Library",
                "Riverside", "8000", LEARNING);
        ProposalView duplicate = idea(fund, young("Zara"), north, "Football for girls in the evenings",
                "Evening football just for girls at Northgate, because the boys take over the pitch.",
                "Northgate", "Northgate", "3500");
        ProposalView leisure = idea(fund, young("Amir"), null, "A new leisure centre with a pool",
                "Millbrook needs a proper leisure centre with a pool and a climbing wall.", null, null,
                "60000");
        ProposalView dropIn = idea(fund, young("Ollie"), east, "Mental health drop-in run by young people",
                "A weekly drop-in at the Eastfield Community Centre where trained young people listen and help "
                        + "others find support.", "Eastfield Community Centre", "Eastfield", "5000", FEELING_GOOD,
                SAFE_PLACE);
        idea(fund, jordan, null, "Free bus travel to youth clubs",
                "Bus passes for young people who live too far from a youth club to walk there in the evening.",
                null, null, "6000", GETTING_THERE);
        idea(fund, young("Sana"), river, "A legal graffiti wall in the Riverside underpass",
                "Turn the grey underpass into a wall young artists can paint, with workshops to start it off.",
                "Riverside underpass", "Riverside", "3000", LEARNING);

        UUID org = fund.organisationId();
        accept(fund, skate, "9800.00", "The parks team's quote for new ramps and resurfacing the bowl; the drainage "
                + "is being fixed from the parks budget");
        accept(fund, football, "5200.00", "Includes a qualified woman coach for 40 weeks and hire of the "
                + "floodlit hall");
        accept(fund, podcast, "7450.00", "Equipment and soundproofing quoted by the library's supplier; the room "
                + "itself is free");
        proposals.decide(org, fund.id(), duplicate.id(), duplicate.version(),
                new ProposalService.Decision(ProposalStatus.MERGED, null, football.id()));
        ProposalView assessed = proposals.assess(org, fund.id(), leisure.id(), leisure.version(),
                Feasibility.NOT_FEASIBLE, "A leisure centre would cost several million pounds to build.", null, null);
        proposals.decide(org, fund.id(), leisure.id(), assessed.version(), new ProposalService.Decision(
                ProposalStatus.REJECTED, "Thank you, Amir: this is a great idea, but a new leisure centre would cost "
                + "millions, far more than this fund. We have passed it to the council's leisure team, who are "
                + "planning the borough's sports facilities, and you are welcome to put forward a smaller part of "
                + "it, such as cheaper swimming for young people, next year.", null));
        proposals.assess(org, fund.id(), dropIn.id(), dropIn.version(), Feasibility.FEASIBLE,
                "Open Door would train and supervise the young volunteers.", null, null);
    }

    private ProposalView idea(PbProcessView fund, Actor by, UUID district, String title, String description,
                              String location, String ward, String cost, String... helpsWith) {
        ProposalService.Proposer proposer = by.actorId() == null
                ? new ProposalService.Proposer(null, by.name(), by.name().toLowerCase(Locale.ROOT)
                + "@youngvoices.example")
                : new ProposalService.Proposer(by.actorId(), by.name(), "jordan.reid@youngvoices.example");
        Set<UUID> outcomeIds = outcomes.offered(fund).stream()
                .filter(o -> Arrays.asList(helpsWith).contains(o.details().ownWords())).map(OutcomeView::id)
                .collect(Collectors.toSet());
        return proposals.store(by, fund, proposer, new ProposalService.ProposalDraft(district, title, description,
                location, ward, Money.pounds(cost), outcomeIds));
    }

    private void accept(PbProcessView fund, ProposalView proposal, String finalCost, String why) {
        ProposalView costed = proposals.assess(fund.organisationId(), fund.id(), proposal.id(), proposal.version(),
                Feasibility.FEASIBLE, null, Money.pounds(finalCost), why);
        proposals.decide(fund.organisationId(), fund.id(), proposal.id(), costed.version(),
                new ProposalService.Decision(ProposalStatus.ACCEPTED, "Young Voices' review panel found it can be "
                        + "done within the year and would help young people in " + fund.district(proposal.districtId())
                        .map(d -> d.name()).orElse("Millbrook"), null));
    }

    /** A young person of Young Voices without a Tandem account, who put an idea forward by name and email. */
    private static Actor young(String name) {
        return new Actor(null, name);
    }
}
