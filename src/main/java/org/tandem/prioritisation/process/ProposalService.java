package org.tandem.prioritisation.process;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.Money;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Notifications;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.ProposalReviewed;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;

/**
 * Proposals: put forward during proposal collection, then assessed, costed and decided on by officers. Every
 * decision is audited and announced, and the proposer is told by email with the public reason.
 */
@Service
public class ProposalService {

    /**
     * What a proposer types. {@code districtId}, {@code ward} and the outcomes it helps with are optional; the
     * outcomes are ids from the agreed version of the commission's outcomes framework.
     */
    public record ProposalDraft(UUID districtId, String title, String description, String location, String ward,
                                Money estimatedCost, Set<UUID> outcomeIds) {

        public ProposalDraft {
            outcomeIds = outcomeIds == null ? Set.of() : Set.copyOf(outcomeIds);
        }

        /** A proposal that names no outcomes. */
        public ProposalDraft(UUID districtId, String title, String description, String location, String ward,
                             Money estimatedCost) {
            this(districtId, title, description, location, ward, estimatedCost, Set.of());
        }
    }

    /** Who is putting a proposal forward. */
    public record Proposer(UUID personId, String name, String email) {
    }

    /** An officer's decision: ACCEPTED or REJECTED with a public reason, or MERGED into another proposal. */
    public record Decision(ProposalStatus status, String reason, UUID mergeInto) {
    }

    private final ProcessService processes;
    private final ProposalRepository proposals;
    private final ProposalOutcomes outcomes;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProcessService processes, ProposalRepository proposals, ProposalOutcomes outcomes,
                    AuditLog audit, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.processes = processes;
        this.proposals = proposals;
        this.outcomes = outcomes;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public ProposalView view(UUID organisationId, UUID processId, UUID proposalId) {
        processes.view(organisationId, processId);
        return proposals.find(organisationId, processId, proposalId)
                .orElseThrow(() -> new NotFoundException("Proposal"));
    }

    public ResultPage<ProposalView> list(UUID organisationId, UUID processId, ProposalRepository.Filter filter,
                                         ProposalRepository.Sort sort, PageRequest page) {
        processes.view(organisationId, processId);
        return proposals.page(organisationId, processId, filter, sort, page);
    }

    public List<String> wards(UUID organisationId, UUID processId) {
        return proposals.wards(organisationId, processId);
    }

    /** Only while proposal collection runs; the first broken rule is refused and nothing is stored. */
    @Transactional
    public ProposalView submit(Actor by, UUID organisationId, UUID processId, Proposer proposer,
                               ProposalDraft draft) {
        PbProcessView process = processes.view(organisationId, processId);
        if (processes.currentPhase(process).orElse(null) != PbPhase.PROPOSAL_COLLECTION) {
            PhaseDates collection = process.dates(PbPhase.PROPOSAL_COLLECTION);
            throw new RuleViolation(null, "Proposals can only be put forward during proposal collection, from "
                    + Timestamps.longDate(collection.startsOn()) + " to " + Timestamps.longDate(collection.endsOn()));
        }
        return store(by, process, proposer, draft);
    }

    /** Stores a proposal put forward during proposal collection (the demo's, too: they came in weeks ago). */
    ProposalView store(Actor by, PbProcessView process, Proposer proposer, ProposalDraft draft) {
        UUID organisationId = process.organisationId();
        UUID processId = process.id();
        ProposalRepository.Submission checked = ProposalRules.checked(process, proposer, draft);
        UUID id = proposals.insert(organisationId, processId, checked, clock.instant());
        outcomes.set(process, id, draft.outcomeIds());
        ProposalView created = view(organisationId, processId, id);
        audit.recordAs(by, AuditEntry.of(organisationId, "prioritisation.proposal-submitted", "pb-proposal", id,
                "Proposal " + created.number() + " " + created.title() + " put forward in " + process.title())
                .after(publicPart(created)));
        return created;
    }

    /**
     * Officers correct which outcomes a proposal helps with, for instance for ideas put forward before the framework
     * was agreed. Until the vote opens, like the rest of the review.
     */
    @Transactional
    public void changeOutcomes(UUID organisationId, UUID processId, UUID proposalId, Set<UUID> outcomeIds) {
        PbProcessView process = processes.view(organisationId, processId);
        ProposalView proposal = view(organisationId, processId, proposalId);
        PbPhase phase = processes.currentPhase(process).orElse(null);
        if (phase != PbPhase.PROPOSAL_COLLECTION && phase != PbPhase.REVIEW_AND_COSTING) {
            throw new RuleViolation("outcomeIds", "The outcomes a proposal helps with can only be changed during "
                    + "proposal collection and review, before the vote");
        }
        Set<UUID> chosen = outcomeIds == null ? Set.of() : Set.copyOf(outcomeIds);
        outcomes.set(process, proposalId, chosen);
        audit.record(AuditEntry.of(organisationId, "prioritisation.proposal-outcomes-changed", "pb-proposal",
                proposalId, "Proposal " + proposal.number() + " " + proposal.title() + " now helps with "
                        + chosen.size() + " outcomes of the framework"));
    }

    /** Feasibility and, optionally, the final cost with its public reason. */
    @Transactional
    public ProposalView assess(UUID organisationId, UUID processId, UUID proposalId, int version,
                               Feasibility feasibility, String note, Money finalCost, String costReason) {
        ProposalView before = view(organisationId, processId, proposalId);
        String tidyNote = ProposalRules.optional(note, "feasibilityNote", ProposalRules.REASON_MAX);
        String tidyReason = ProposalRules.optional(costReason, "costReason", ProposalRules.REASON_MAX);
        if (feasibility == null) {
            throw new RuleViolation("feasibility", "Choose whether the proposal can be done");
        }
        if (finalCost != null) {
            ProposalRules.cost(finalCost, "finalCost", processes.view(organisationId, processId));
            if (tidyReason == null) {
                throw new RuleViolation("costReason", "Say why the final cost differs from the estimate, or what it "
                        + "covers: it is shown to everyone");
            }
        }
        if (!proposals.assess(organisationId, proposalId, version, feasibility, tidyNote, finalCost,
                finalCost == null ? null : tidyReason, clock.instant())) {
            throw conflict();
        }
        ProposalView after = view(organisationId, processId, proposalId);
        audit.record(AuditEntry.of(organisationId, "prioritisation.proposal-assessed", "pb-proposal", proposalId,
                "Proposal " + after.number() + " " + after.title() + " assessed: " + feasibility.label()
                        + (finalCost == null ? "" : ", final cost " + finalCost))
                .before(publicPart(before)).after(publicPart(after)));
        return after;
    }

    @Transactional
    public ProposalView decide(UUID organisationId, UUID processId, UUID proposalId, int version, Decision decision) {
        PbProcessView process = processes.view(organisationId, processId);
        ProposalView before = view(organisationId, processId, proposalId);
        ProposalStatus status = decision.status();
        String reason = ProposalRules.optional(decision.reason(), "reason", ProposalRules.REASON_MAX);
        UUID mergeInto = null;
        if (status == null || status == ProposalStatus.SUBMITTED) {
            throw new RuleViolation("status", "Choose to accept, reject or merge the proposal");
        }
        if (status == ProposalStatus.MERGED) {
            mergeInto = mergeTarget(organisationId, processId, before, decision.mergeInto());
        } else if (reason == null) {
            throw new RuleViolation("reason", "Give a reason: it is shown to the proposer and to everyone");
        }
        if (status == ProposalStatus.ACCEPTED && before.feasibility() != Feasibility.FEASIBLE) {
            throw new RuleViolation("status", "Only a proposal assessed as one that can be done can go to the vote");
        }
        if (!proposals.decide(organisationId, proposalId, version, status, reason, mergeInto, clock.instant())) {
            throw conflict();
        }
        ProposalView after = view(organisationId, processId, proposalId);
        audit.record(AuditEntry.of(organisationId, "prioritisation.proposal-decided", "pb-proposal", proposalId,
                "Proposal " + after.number() + " " + after.title() + ": " + status.label())
                .before(publicPart(before)).after(publicPart(after)));
        events.publishEvent(new ProposalReviewed(organisationId, processId, proposalId, status));
        notifyProposer(process, after, mergeInto == null ? null : view(organisationId, processId, mergeInto));
        return after;
    }

    private UUID mergeTarget(UUID organisationId, UUID processId, ProposalView proposal, UUID target) {
        if (target == null) {
            throw new RuleViolation("mergeInto", "Choose the proposal it duplicates");
        }
        ProposalView into = proposals.find(organisationId, processId, target)
                .orElseThrow(() -> new RuleViolation("mergeInto", "Choose a proposal of this process"));
        if (into.id().equals(proposal.id())) {
            throw new RuleViolation("mergeInto", "A proposal cannot be merged into itself");
        }
        if (into.status() == ProposalStatus.MERGED || into.status() == ProposalStatus.REJECTED) {
            throw new RuleViolation("mergeInto", "Proposal " + into.number() + " has itself been "
                    + (into.status() == ProposalStatus.MERGED ? "merged" : "rejected")
                    + ": merge into a proposal still in the running");
        }
        return into.id();
    }

    private void notifyProposer(PbProcessView process, ProposalView proposal, ProposalView mergedInto) {
        String outcome = switch (proposal.status()) {
            case ACCEPTED -> "has been accepted and will go to the vote";
            case REJECTED -> "will not go to the vote";
            case MERGED -> "has been joined with proposal " + mergedInto.number() + ", " + mergedInto.title()
                    + ", which asks for the same thing, so the two are voted on together";
            case SUBMITTED -> throw new IllegalStateException("No decision to tell");
        };
        notifications.email(proposal.proposerEmail(), "pb-proposal-decided", Map.of(
                "name", proposal.proposerName(), "process", process.title(), "number",
                Integer.toString(proposal.number()), "title", proposal.title(), "outcome", outcome,
                "reason", proposal.decisionReason() == null ? "" : proposal.decisionReason()));
    }

    /** A proposal in the audit log without the proposer's email address. */
    private static Map<String, Object> publicPart(ProposalView p) {
        return Map.of("title", p.title(), "status", p.status().name(), "feasibility", p.feasibility().name(),
                "estimatedCost", p.estimatedCost().plain(),
                "finalCost", p.finalCost() == null ? "" : p.finalCost().plain(),
                "reason", p.decisionReason() == null ? "" : p.decisionReason());
    }

    private static ConflictException conflict() {
        return new ConflictException("Someone else changed this proposal while you were looking at it. "
                + "Reload the page to see their changes, then decide again.");
    }
}
