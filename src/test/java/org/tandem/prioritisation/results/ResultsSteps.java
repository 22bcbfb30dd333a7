package org.tandem.prioritisation.results;

import java.util.List;
import java.util.UUID;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProcessesToCount;
import org.tandem.prioritisation.process.ProcessesToCount.Idea;
import org.tandem.prioritisation.process.ProposalService;

/** A process like the demo's Youth Fund 2026, with the demo's ballots to count. */
final class ResultsSteps {

    private ResultsSteps() {
    }

    static List<Idea> ideas() {
        return YouthFund2026Ballots.PROJECTS.stream().map(p -> new Idea(p.title(), null, Long.toString(p.cost())))
                .toList();
    }

    static PbProcessView fund(ProcessService processes, ProposalService proposals, UUID organisationId,
                              boolean votingClosed) {
        return ProcessesToCount.process(processes, proposals, organisationId,
                "Youth Fund test " + UUID.randomUUID().toString().substring(0, 8), "40000.00", votingClosed,
                ideas());
    }

    static byte[] ballots() {
        return YouthFund2026Ballots.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
