package org.tandem.prioritisation.ballots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.process.ProcessDetails;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;

/**
 * A process with proposals on its ballot, as the earlier phases leave it: proposals put forward during collection,
 * assessed and accepted, then the dates moved on so that voting runs today (or has closed, or not yet opened).
 */
public final class BallotSteps {

    /** What the steps made: the process and its proposals, in number order. */
    public record Vote(PbProcessView process, List<ProposalView> proposals) {
        public UUID id() {
            return process.id();
        }

        public String proposal(int number) {
            return proposals.get(number - 1).id().toString();
        }
    }

    /** Where voting is when the steps finish. */
    public enum Moment { OPEN, NOT_YET_OPEN, CLOSED }

    private final ProcessService processes;
    private final ProposalService proposals;

    public BallotSteps(ProcessService processes, ProposalService proposals) {
        this.processes = processes;
        this.proposals = proposals;
    }

    /** Ten days a phase, proposal collection starting {@code daysAgo} days ago. */
    public static List<PhaseDates> phases(LocalDate today, int daysAgo) {
        List<PhaseDates> phases = new ArrayList<>();
        LocalDate start = today.minusDays(daysAgo);
        for (PbPhase phase : PbPhase.values()) {
            phases.add(new PhaseDates(phase, start, start.plusDays(9)));
            start = start.plusDays(10);
        }
        return phases;
    }

    /**
     * A £60,000 fund with one area, Eastfield (£20,000), and three proposals: 1. Skate ramp £12,000 (Eastfield),
     * 2. Youth club £30,000 (everywhere), 3. Music studio £9,000.50 (everywhere).
     */
    public Vote process(UUID organisationId, Eligibility eligibility, BallotSettings ballot, Moment moment,
                 boolean withDistrict, boolean published) {
        LocalDate today = processes.today();
        List<ProcessDetails.DistrictBudget> districts = withDistrict
                ? List.of(new ProcessDetails.DistrictBudget("Eastfield", Money.pounds("20000.00"))) : List.of();
        ProcessDetails details = new ProcessDetails(null, "Vote test " + UUID.randomUUID().toString().substring(0, 8),
                "Young people decide", Money.pounds("60000.00"), districts, phases(today, 0), eligibility,
                List.of("Eastfield", "Northgate"), List.of("MB1"), 11, published, ballot);
        PbProcessView process = processes.create(Actor.TANDEM, organisationId, details);
        UUID eastfield = withDistrict ? process.districts().getFirst().id() : null;
        accept(process, eastfield, "Skate ramp", "12000.00");
        accept(process, null, "Youth club", "30000.00");
        accept(process, null, "Music studio", "9000.50");
        int daysAgo = switch (moment) {
            case OPEN -> 21;
            case NOT_YET_OPEN -> 12;
            case CLOSED -> 31;
        };
        PbProcessView moved = processes.update(organisationId, process.id(), process.version(),
                new ProcessDetails(null, details.title(), details.description(), details.budget(), districts,
                        phases(today, daysAgo), eligibility, details.wards(), details.postcodes(), 11, published,
                        ballot));
        return new Vote(moved, processes.acceptedProposals(organisationId, process.id()));
    }

    private void accept(PbProcessView process, UUID districtId, String title, String cost) {
        ProposalView p = proposals.submit(Actor.TANDEM, process.organisationId(), process.id(),
                new ProposalService.Proposer(null, "A resident", "resident@example.org"),
                new ProposalService.ProposalDraft(districtId, title, "About " + title, null, null,
                        Money.pounds(cost)));
        p = proposals.assess(process.organisationId(), process.id(), p.id(), p.version(), Feasibility.FEASIBLE,
                null, null, null);
        proposals.decide(process.organisationId(), process.id(), p.id(), p.version(),
                new ProposalService.Decision(ProposalStatus.ACCEPTED, "Can be done", null));
    }
}
