package org.tandem.prioritisation.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PbProcesses;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;

/**
 * Setting up participatory-budgeting processes: an organisation's own, standing alone or attached to a commission it
 * leads. Other organisations' processes are not found. Every change is audited.
 */
@Service
public class ProcessService implements PbProcesses {

    private final ProcessRepository processes;
    private final ProposalRepository proposals;
    private final Commissions commissions;
    private final AuditLog audit;
    private final Clock clock;

    ProcessService(ProcessRepository processes, ProposalRepository proposals, Commissions commissions,
                   AuditLog audit, Clock clock) {
        this.processes = processes;
        this.proposals = proposals;
        this.commissions = commissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<PbProcessView> find(UUID organisationId, UUID processId) {
        return processes.find(organisationId, processId);
    }

    public PbProcessView view(UUID organisationId, UUID processId) {
        return find(organisationId, processId).orElseThrow(() -> new NotFoundException("Participatory budgeting process"));
    }

    /** A published process for the public pages; unpublished ones are not found. */
    public PbProcessView published(UUID organisationId, UUID processId) {
        return processes.findPublished(organisationId, processId)
                .orElseThrow(() -> new NotFoundException("Participatory budgeting process"));
    }

    public ResultPage<PbProcessView> list(UUID organisationId, UUID commissionId, PageRequest page) {
        return processes.page(organisationId, commissionId, false, page);
    }

    public ResultPage<PbProcessView> listPublished(UUID organisationId, PageRequest page) {
        return processes.page(organisationId, null, true, page);
    }

    public long countFor(CommissionView commission, UUID organisationId) {
        return processes.countFor(organisationId, commission.id());
    }

    @Override
    public BallotSettings ballotSettings(UUID organisationId, UUID processId) {
        view(organisationId, processId);
        return processes.ballotSettings(organisationId, processId);
    }

    /** Voting's first day has come, or someone has already voted (on paper before the day, say). */
    private boolean votingHasStarted(PbProcessView process) {
        return !today().isBefore(process.dates(PbPhase.VOTING).startsOn())
                || processes.hasBallots(process.organisationId(), process.id());
    }

    @Override
    public boolean isVerificationCode(UUID organisationId, UUID processId, String code) {
        return code != null && code.length() <= 40
                && processes.codeIssued(organisationId, processId, VerificationCodes.hash(processId, code));
    }

    @Override
    public Optional<PbPhase> currentPhase(PbProcessView process) {
        return process.phaseOn(today());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Timestamps.LONDON));
    }

    @Override
    public List<ProposalView> acceptedProposals(UUID organisationId, UUID processId) {
        return proposals.withStatus(organisationId, processId, ProposalStatus.ACCEPTED);
    }

    /** The commission, when the organisation leads it; a commission it only partners in cannot own its process. */
    public Optional<CommissionView> commission(UUID organisationId, UUID commissionId) {
        return commissionId == null ? Optional.empty() : commissions.find(commissionId, organisationId)
                .filter(c -> c.ledBy(organisationId));
    }

    @Transactional
    public PbProcessView create(Actor by, UUID organisationId, ProcessDetails details) {
        ProcessDetails checked = check(organisationId, details);
        UUID id = UUID.randomUUID();
        processes.insert(id, organisationId, checked, clock.instant());
        PbProcessView created = view(organisationId, id);
        audit.recordAs(by, AuditEntry.of(organisationId, "prioritisation.process-created", "pb-process", id,
                "Participatory budgeting process " + created.title() + " set up with a budget of "
                        + created.budget()).after(checked));
        return created;
    }

    @Transactional
    public PbProcessView update(UUID organisationId, UUID processId, int version, ProcessDetails details) {
        PbProcessView before = view(organisationId, processId);
        ProcessDetails checked = check(organisationId, details);
        BallotSettings ballotBefore = processes.ballotSettings(organisationId, processId);
        if (!ballotBefore.equals(checked.ballot()) && votingHasStarted(before)) {
            throw new ConflictException("The ballot cannot change once voting has started: people have voted on "
                    + "the ballot as it is. Keep its settings as they were to save your other changes.");
        }
        if (!processes.update(organisationId, processId, version, checked, clock.instant())) {
            throw new ConflictException("Someone else changed this process while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        PbProcessView after = view(organisationId, processId);
        audit.record(AuditEntry.of(organisationId, "prioritisation.process-changed", "pb-process", processId,
                "Participatory budgeting process " + after.title() + " changed").before(before).after(checked));
        return after;
    }

    /**
     * Makes {@code count} new single-use codes and returns them, the only time they exist outside people's
     * letterboxes: only their hashes are stored.
     */
    @Transactional
    public List<String> issueCodes(UUID organisationId, UUID processId, int count) {
        PbProcessView process = view(organisationId, processId);
        if (process.eligibility() != org.tandem.prioritisation.Eligibility.VERIFICATION_CODE) {
            throw new RuleViolation("count", "This process lets signed-in citizens take part; choose verification "
                    + "codes on paper in its eligibility rules first");
        }
        if (count < 1 || count > VerificationCodes.MAX_PER_BATCH) {
            throw new RuleViolation("count", "Make between 1 and " + VerificationCodes.MAX_PER_BATCH
                    + " codes at a time");
        }
        List<String> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            String code = VerificationCodes.generate();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        processes.insertCodeHashes(organisationId, processId,
                codes.stream().map(c -> VerificationCodes.hash(processId, c)).toList(), clock.instant());
        audit.record(AuditEntry.of(organisationId, "prioritisation.codes-issued", "pb-process", processId,
                count + " paper verification codes made for " + process.title()));
        return codes;
    }

    public ProcessRepository.CodeCounts codeCounts(UUID organisationId, UUID processId) {
        return processes.codeCounts(organisationId, processId);
    }

    @Override
    @Transactional
    public boolean useVerificationCode(UUID organisationId, UUID processId, String code) {
        if (code == null || code.length() > 40) {
            return false;
        }
        return processes.useCode(organisationId, processId, VerificationCodes.hash(processId, code), clock.instant());
    }

    private ProcessDetails check(UUID organisationId, ProcessDetails details) {
        if (details.commissionId() != null && commission(organisationId, details.commissionId()).isEmpty()) {
            throw new RuleViolation("commissionId", "Choose a commission your organisation leads, or none");
        }
        return ProcessRules.checked(details);
    }
}
