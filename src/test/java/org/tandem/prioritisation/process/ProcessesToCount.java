package org.tandem.prioritisation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.ProposalStatus;

/** Processes with accepted proposals, for tests of counting: voting over (counting under way) or still to come. */
public final class ProcessesToCount {

    /** A proposal accepted for the ballot: title, area (null for the whole process) and cost in pounds. */
    public record Idea(String title, String district, String cost) {
    }

    private ProcessesToCount() {
    }

    /**
     * A published process with a budget and no areas, whose ideas are accepted in the order given (so numbered 1,
     * 2, ...). When {@code votingClosed}, counting started yesterday; otherwise voting is still weeks away.
     */
    public static PbProcessView process(ProcessService processes, ProposalService proposals, UUID organisationId,
                                        String title, String budget, boolean votingClosed, List<Idea> ideas) {
        return process(processes, proposals, organisationId, title, budget, Map.of(), votingClosed, ideas);
    }

    /** As above, with areas (name to budget in pounds, in the map's order) that the ideas may be for. */
    public static PbProcessView process(ProcessService processes, ProposalService proposals, UUID organisationId,
                                        String title, String budget, Map<String, String> areas,
                                        boolean votingClosed, List<Idea> ideas) {
        LocalDate today = processes.today();
        LocalDate start = votingClosed ? today.minusDays(31) : today.minusDays(1);
        List<PhaseDates> phases = new ArrayList<>();
        for (PbPhase phase : PbPhase.values()) {
            phases.add(new PhaseDates(phase, start, start.plusDays(9)));
            start = start.plusDays(10);
        }
        PbProcessView process = processes.create(Actor.TANDEM, organisationId, new ProcessDetails(null, title,
                "Young people decide", Money.pounds(budget),
                areas.entrySet().stream().map(area -> new ProcessDetails.DistrictBudget(area.getKey(),
                        Money.pounds(area.getValue()))).toList(),
                phases, Eligibility.SIGNED_IN, List.of(), List.of(), null, true));
        for (Idea idea : ideas) {
            UUID district = idea.district() == null ? null : process.districts().stream()
                    .filter(d -> d.name().equals(idea.district())).findFirst().orElseThrow().id();
            var stored = proposals.store(Actor.TANDEM, process, new ProposalService.Proposer(null, "Test proposer",
                    "proposer@example.org"), new ProposalService.ProposalDraft(district, idea.title(),
                    "An idea", null, null, Money.pounds(idea.cost())));
            var assessed = proposals.assess(organisationId, process.id(), stored.id(), stored.version(),
                    Feasibility.FEASIBLE, null, null, null);
            proposals.decide(organisationId, process.id(), stored.id(), assessed.version(),
                    new ProposalService.Decision(ProposalStatus.ACCEPTED, "It can be done", null));
        }
        return process;
    }
}
