package org.tandem.prioritisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other parts of Tandem may ask about participatory-budgeting processes. */
public interface PbProcesses {

    /** The organisation's process; another organisation's process is not found. */
    Optional<PbProcessView> find(UUID organisationId, UUID processId);

    /** The phase running today in London, if any. */
    Optional<PbPhase> currentPhase(PbProcessView process);

    /** Today's date in London, by Tandem's clock. */
    LocalDate today();

    /** The proposals accepted for the ballot, in number order. */
    List<ProposalView> acceptedProposals(UUID organisationId, UUID processId);

    /** How the process's ballot works; another organisation's process is not found. */
    BallotSettings ballotSettings(UUID organisationId, UUID processId);

    /**
     * Whether the code was printed for this process, used or not: the holder of a code keeps it to change their
     * ballot until voting closes.
     */
    boolean isVerificationCode(UUID organisationId, UUID processId, String code);

    /**
     * Uses up a paper verification code: true the first time a code printed for this process is given, false for
     * a code never issued, issued for another process, or already used.
     */
    boolean useVerificationCode(UUID organisationId, UUID processId, String code);
}
