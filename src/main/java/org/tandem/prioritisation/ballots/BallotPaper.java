package org.tandem.prioritisation.ballots;

import java.util.List;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalView;

/** What a ballot page shows: the process, how its ballot works, the proposals on it and whether voting is open. */
public record BallotPaper(PbProcessView process, BallotSettings settings, List<ProposalView> proposals,
                          PbPhase phase) {

    public boolean open() {
        return phase == PbPhase.VOTING;
    }
}
