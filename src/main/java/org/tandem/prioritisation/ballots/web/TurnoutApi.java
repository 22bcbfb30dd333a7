package org.tandem.prioritisation.ballots.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.ballots.BallotPaper;
import org.tandem.prioritisation.ballots.BallotService;
import org.tandem.prioritisation.ballots.Turnout;

/**
 * How many ballots have been cast, for officers. There is no ballot API: voters vote through their own session and
 * officers type paper ballots in on the paper-entry page, and what was voted stays sealed until voting closes.
 */
@RestController
@Tag(name = "Participatory budgeting")
class TurnoutApi {

    /** Ballots counted so far; {@code votingOpen} while voting runs today. */
    record TurnoutJson(long online, long paper, long total, boolean votingOpen) {
    }

    private final BallotService ballots;

    TurnoutApi(BallotService ballots) {
        this.ballots = ballots;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/pb-processes/{processId}/turnout")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "getPbTurnout", summary = "Ballots cast so far, online and on paper (commissioners and "
            + "commissioning officers); never how anyone voted")
    TurnoutJson turnout(CurrentUser.Membership organisation, @PathVariable UUID processId) {
        BallotPaper paper = ballots.paper(organisation.organisationId(), processId);
        Turnout turnout = ballots.turnout(organisation.organisationId(), processId);
        return new TurnoutJson(turnout.online(), turnout.paper(), turnout.total(), paper.phase() == PbPhase.VOTING);
    }
}
