package org.tandem.prioritisation.ballots;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PbProcesses;

/**
 * Checking in, at a polling station, a voter who brings the letter with their paper code, before an officer hands
 * them a ballot paper. The register then notes that the code votes on paper: any ballot it cast online is withdrawn
 * (the last ballot counts) and it votes online no more, so each voter's ballot is only ever one. The ballot paper
 * stays anonymous; the officer learns only that the code is the vote's and had not been checked in before, not
 * whether it had voted online.
 */
@Service
public class PollingStation {

    private final BallotService ballots;
    private final BallotRepository register;
    private final BallotSecret secret;
    private final PbProcesses processes;
    private final AuditLog audit;

    PollingStation(BallotService ballots, BallotRepository register, BallotSecret secret, PbProcesses processes,
                   AuditLog audit) {
        this.ballots = ballots;
        this.register = register;
        this.secret = secret;
        this.processes = processes;
        this.audit = audit;
    }

    /** Whether voters of this process can be checked in: its voters are known by the codes posted to them. */
    public static boolean checksIn(BallotPaper paper) {
        return paper.process().eligibility() == Eligibility.VERIFICATION_CODE;
    }

    @Transactional
    public void checkIn(BallotPaper paper, Actor officer, String code) {
        PbProcessView process = paper.process();
        ballots.open(paper);
        if (!checksIn(paper)) {
            throw new RuleViolation("code", "Voters are checked in by the codes posted to them, and this vote is "
                    + "for signed-in residents: check who may vote before handing over a ballot paper");
        }
        if (code == null || code.isBlank()) {
            throw new RuleViolation("code", "Type in the code from the voter's letter, for example K7QM-4TZB-XW9C");
        }
        if (!processes.isVerificationCode(process.organisationId(), process.id(), code)) {
            throw new RuleViolation("code", "That is not a code for this vote. Check it against the voter's "
                    + "letter and type it again");
        }
        if (register.unlinked(process.organisationId(), process.id())) {
            throw new RuleViolation(null, "The ballots of " + process.title() + " have been counted: voters can no "
                    + "longer be checked in");
        }
        String key = ballots.codeKey(process, code);
        boolean checkedIn;
        try {
            checkedIn = register.markOnPaper(process.organisationId(), process.id(), key);
        } catch (DataIntegrityViolationException sameCodeAtOnce) {
            throw new ConflictException("This code was being checked in somewhere else at the same moment: do not "
                    + "hand over a second ballot paper");
        }
        if (!checkedIn) {
            throw new RuleViolation("code", "This code has been checked in already: its holder has had their "
                    + "ballot paper");
        }
        register.deleteOwned(process.organisationId(), process.id(), secret.ownerTag(key));
        processes.useVerificationCode(process.organisationId(), process.id(), code);
        audit.recordAs(officer, AuditEntry.of(process.organisationId(), "prioritisation.voter-checked-in",
                "pb-process", process.id(), "A voter was checked in to vote on paper in " + process.title()));
    }

    public long checkedIn(BallotPaper paper) {
        return register.checkedInOnPaper(paper.process().organisationId(), paper.process().id());
    }
}
