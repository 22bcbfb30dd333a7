package org.tandem.prioritisation.ballots;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PbProcesses;
import org.tandem.prioritisation.PhaseDates;

/**
 * Casting ballots online while a process's voting runs. One ballot per voter, kept by the database's unique index;
 * a voter may cast again until voting closes and the new ballot replaces the old in one transaction, with a new
 * receipt. The ballot row never says who cast it (docs/decisions/0015-ballot-secrecy.md).
 */
@Service
public class BallotService {

    private final PbProcesses processes;
    private final BallotRepository ballots;
    private final BallotSecret secret;
    private final AnonymousAudit audit;
    private final TransactionTemplate transaction;

    BallotService(PbProcesses processes, BallotRepository ballots, BallotSecret secret, AnonymousAudit audit,
                  TransactionTemplate transaction) {
        this.processes = processes;
        this.ballots = ballots;
        this.secret = secret;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** The ballot of the organisation's process; another organisation's process is not found. */
    public BallotPaper paper(UUID organisationId, UUID processId) {
        PbProcessView process = processes.find(organisationId, processId)
                .orElseThrow(() -> new NotFoundException("Participatory budgeting process"));
        return new BallotPaper(process, processes.ballotSettings(organisationId, processId),
                processes.acceptedProposals(organisationId, processId),
                processes.currentPhase(process).orElse(null));
    }

    public boolean hasVoted(BallotPaper paper, Voter voter) {
        return ballots.hasVoted(paper.process().organisationId(), paper.process().id(), voterKey(paper, voter));
    }

    public Turnout turnout(UUID organisationId, UUID processId) {
        paper(organisationId, processId);
        return ballots.turnout(organisationId, processId);
    }

    private static final String WRONG_CODE = "That is not a code for this vote. Check it against your letter, "
            + "for example K7QM-4TZB-XW9C, and type it again";

    /** Whether {@link #codeHolder} refused the code because it is not one of the vote's, rather than for the vote. */
    public boolean isWrongCode(RuleViolation refusal) {
        return WRONG_CODE.equals(refusal.getMessage());
    }

    /**
     * The voter a paper code stands for, while voting is open. The first time, the code is marked used; the same
     * code lets its holder change their ballot until voting closes, and a voter's ballot is only ever one.
     */
    public Voter.CodeHolder codeHolder(BallotPaper paper, String code) {
        PbProcessView process = paper.process();
        open(paper);
        if (process.eligibility() != Eligibility.VERIFICATION_CODE) {
            throw new RuleViolation("code", "This vote is for signed-in residents: sign in to vote");
        }
        if (!processes.isVerificationCode(process.organisationId(), process.id(), code)) {
            throw new RuleViolation("code", WRONG_CODE);
        }
        String key = codeKey(process, code);
        if (ballots.votesOnPaper(process.organisationId(), process.id(), key)) {
            throw new RuleViolation("code", VOTES_ON_PAPER);
        }
        processes.useVerificationCode(process.organisationId(), process.id(), code);
        return new Voter.CodeHolder(key);
    }

    static final String VOTES_ON_PAPER = "This code was checked in at a polling station, so its holder votes on "
            + "paper there: it cannot vote online as well";

    /** The one-way key of a paper code's holder, however the code was typed (spaces, dashes, small letters). */
    String codeKey(PbProcessView process, String code) {
        String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return secret.voterKey(process.id(), "code:" + normalised);
    }

    /** Casts (or replaces) the voter's ballot; the first broken rule is refused and nothing is stored. */
    public Receipt cast(BallotPaper paper, Voter voter, Declaration declaration, String district,
                        Map<String, String> marked) {
        PbProcessView process = paper.process();
        open(paper);
        eligible(process, voter, declaration);
        Choices choices = BallotRules.checked(paper.settings(), process, paper.proposals(), district, marked);
        String key = voterKey(paper, voter);
        String receipt = ReceiptCodes.generate();
        try {
            Boolean replaced = transaction.execute(status -> {
                if (ballots.unlinked(process.organisationId(), process.id())) {
                    throw new RuleViolation(null, "The ballots of " + process.title() + " have been counted: "
                            + "ballots can no longer be cast or changed");
                }
                if (ballots.votesOnPaper(process.organisationId(), process.id(), key)) {
                    throw new RuleViolation(null, VOTES_ON_PAPER);
                }
                boolean before = ballots.hasVoted(process.organisationId(), process.id(), key);
                ballots.markVoted(process.organisationId(), process.id(), key);
                String tag = secret.ownerTag(key);
                ballots.deleteOwned(process.organisationId(), process.id(), tag);
                ballots.insert(process.organisationId(), process.id(), BallotRepository.Channel.ONLINE, tag,
                        BallotBox.receiptId(receipt), choices.districtId(),
                        choices.encoded(paper.settings().type() == BallotType.CUMULATIVE));
                audit.record(AuditEntry.of(process.organisationId(), "prioritisation.ballot-cast", "pb-process",
                        process.id(), "A ballot was cast in " + process.title()));
                return before;
            });
            return new Receipt(receipt, Boolean.TRUE.equals(replaced));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException sameVoterAtOnce) {
            throw new ConflictException("Your ballot was sent twice at the same moment, so this copy was not "
                    + "counted; the other one was. To be sure it says what you want, cast it again.");
        }
    }

    private String voterKey(BallotPaper paper, Voter voter) {
        return switch (voter) {
            case Voter.SignedIn person -> secret.voterKey(paper.process().id(), "person:" + person.personId());
            case Voter.CodeHolder holder -> holder.voterKey();
        };
    }

    /** Refuses unless voting runs today, saying when it runs or when it closed. */
    void open(BallotPaper paper) {
        if (paper.open()) {
            return;
        }
        PhaseDates voting = paper.process().dates(PbPhase.VOTING);
        if (processes.today().isBefore(voting.startsOn())) {
            throw new RuleViolation(null, "Voting has not opened yet: it runs from "
                    + Timestamps.longDate(voting.startsOn()) + " to " + Timestamps.longDate(voting.endsOn()));
        }
        throw new RuleViolation(null, "Voting closed on " + Timestamps.longDate(voting.endsOn())
                + ": ballots can no longer be cast or changed");
    }

    private static void eligible(PbProcessView process, Voter voter, Declaration declaration) {
        if (voter instanceof Voter.CodeHolder) {
            if (process.eligibility() != Eligibility.VERIFICATION_CODE) {
                throw new RuleViolation(null, "This vote is for signed-in residents: sign in to vote");
            }
            return;
        }
        if (process.eligibility() == Eligibility.VERIFICATION_CODE) {
            throw new RuleViolation(null, "This vote uses the codes posted to residents: vote with your code on "
                    + "the process's public page");
        }
        Eligible.check(process, declaration == null ? Declaration.NONE : declaration);
    }

    /** Whether the process limits who may vote by age or place, so the ballot asks. */
    public static boolean asksForDeclaration(PbProcessView process) {
        return process.eligibility() == Eligibility.SIGNED_IN && (process.minimumAge() != null
                || !process.eligibleWards().isEmpty() || !process.eligiblePostcodes().isEmpty());
    }
}
