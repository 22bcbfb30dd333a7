package org.tandem.prioritisation.results;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.District;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PbProcesses;
import org.tandem.prioritisation.PbResults;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.counting.Ballot;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.pabulib.PabulibFile;
import org.tandem.prioritisation.pabulib.PabulibProblem;
import org.tandem.prioritisation.pabulib.PabulibWriter;

/**
 * Counting a process's ballots and publishing the results. A count is worked out once and stored exactly; a
 * recount supersedes a count not yet published, and replaces a published one only when it is itself published with
 * a public reason. Publishing hands the funded proposals to implementation tracking. Everything is audited.
 */
@Service
public class CountService implements PbResults {

    static final int LONGEST_VOTER_ID = 200;
    static final int LONGEST_VOTE = 8000;
    static final int LONGEST_REASON = 2000;
    static final int LONGEST_RECEIPT = 200;

    private final PbProcesses processes;
    private final CountRepository counts;
    private final BallotBox ballotBox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CountService(PbProcesses processes, CountRepository counts, BallotBox ballotBox, AuditLog audit,
                 ApplicationEventPublisher events, Clock clock) {
        this.processes = processes;
        this.counts = counts;
        this.ballotBox = ballotBox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a ballot check found: the ballot's choices, by proposal, when a ballot with that receipt was counted. */
    public record ReceiptCheck(boolean found, List<String> choices) {
    }

    public PbProcessView process(UUID organisationId, UUID processId) {
        return processes.find(organisationId, processId)
                .orElseThrow(() -> new NotFoundException("Participatory budgeting process"));
    }

    /** The newest count, published or not, for officers. */
    public Optional<PbCount> latest(UUID organisationId, UUID processId) {
        return counts.latest(organisationId, processId);
    }

    /** The published count, for everyone. */
    public Optional<PbCount> published(UUID organisationId, UUID processId) {
        return counts.published(organisationId, processId);
    }

    @Override
    public boolean resultsPublished(UUID organisationId, UUID processId) {
        return counts.published(organisationId, processId).isPresent();
    }

    public List<PbCount> history(UUID organisationId, UUID processId) {
        return counts.history(organisationId, processId);
    }

    public byte[] ballots(PbCount count) {
        return counts.ballots(count.organisationId(), count.id());
    }

    /** Whether ballots may be counted today: once voting has closed, in the counting phase or after it. */
    public boolean countingOpen(PbProcessView process) {
        return !processes.today().isBefore(process.dates(PbPhase.COUNTING).startsOn());
    }

    /**
     * Counts the ballots in the file by the method given (null for the process's default). Refuses the file, with
     * every problem at its line, when it is not a valid Pabulib file or not this process's vote; nothing is kept.
     */
    @Transactional
    public PbCount count(Actor by, UUID organisationId, UUID processId, CountingMethod chosen, BallotFile file) {
        return count(by, organisationId, processId, chosen, file, clock.instant());
    }

    /**
     * Counts the ballots cast in Tandem, online and on matched paper sheets, as the anonymised Pabulib file the
     * ballot box gives. It goes through exactly the same checks and storage as an uploaded file, so what is
     * published for anyone to recount is byte for byte what was counted.
     */
    @Transactional
    public PbCount countCastBallots(Actor by, UUID organisationId, UUID processId, CountingMethod chosen) {
        PbProcessView process = process(organisationId, processId);
        refuseUntilVotingCloses(process);
        PabulibFile cast = ballotBox.countedBallots(organisationId, processId);
        if (cast.votes().isEmpty()) {
            throw new ConflictException("No ballots were cast in " + process.title() + ", online or on paper, so "
                    + "there is nothing to count.");
        }
        StringWriter text = new StringWriter();
        PabulibWriter.write(cast, text);
        PbCount counted = count(by, organisationId, processId, chosen, new BallotFile(FileNames.of(process,
                "ballots.pb"), text.toString().getBytes(StandardCharsets.UTF_8)));
        // Voting is over and its ballots are counted: nobody needs to replace a ballot any more.
        if (ballotBox.unlinkVoters(organisationId, processId)) {
            audit.recordAs(by, AuditEntry.of(organisationId, "prioritisation.voters-unlinked", "pb-process",
                    processId, "Which voter cast which ballot in " + process.title() + " was forgotten for good, "
                            + "now that its ballots are counted"));
        }
        return counted;
    }

    /** As {@link #count}, at a time given: the demo's counts were made months ago. */
    @Transactional
    PbCount count(Actor by, UUID organisationId, UUID processId, CountingMethod chosen, BallotFile file,
                  Instant now) {
        PbProcessView process = process(organisationId, processId);
        refuseUntilVotingCloses(process);
        List<ProposalView> accepted = processes.acceptedProposals(organisationId, processId);
        PabulibFile read = file.read();
        PbInstance instance = read.instance();
        List<PabulibProblem> problems = new ArrayList<>(BallotsMatchProcess.problems(file, instance, process,
                accepted));
        problems.addAll(tooLong(instance));
        if (problems.isEmpty()) {
            problems.addAll(AreaBallots.problems(file, read, process, accepted));
        }
        if (!problems.isEmpty()) {
            throw new BallotFileRefused(problems);
        }
        CountingMethod method = chosen == null ? BallotCount.defaultMethod(instance.kind()) : chosen;
        Map<String, BallotCount.Label> labels = labels(process, accepted);
        List<AreaBallots.Area> areas = AreaBallots.of(process, accepted);
        List<BallotFile> areaFiles = areas.stream().map(area -> AreaBallots.fileFor(area, read,
                FileNames.of(process, "ballots-" + FileNames.slug(area.name())) + ".pb")).toList();
        CountFindings findings = areas.isEmpty() ? BallotCount.count(instance, method, labels)
                : byArea(process, instance, method, areas, areaFiles, labels);
        UUID id = UUID.randomUUID();
        counts.lockProcess(organisationId, processId);
        Optional<PbCount> draft = counts.draft(organisationId, processId);
        counts.insert(id, organisationId, processId, method, file, instance, findings, by, now);
        counts.insertAreas(id, organisationId, areaFiles, areas.stream().map(AreaBallots.Area::name).toList());
        draft.ifPresent(old -> counts.supersede(organisationId, old.id(), id, now));
        PbCount stored = counts.find(organisationId, processId, id).orElseThrow();
        RuleResult result = findings.counted();
        audit.recordAs(by, AuditEntry.of(organisationId, "prioritisation.ballots-counted", "pb-process", processId,
                "The " + instance.voterCount() + " ballots of " + process.title() + " counted by "
                        + method.label() + ": " + result.winners().size() + " projects funded, "
                        + Amounts.pounds(result.budgetUsed()) + " of " + Amounts.pounds(result.budget()) + " used")
                .after(Map.of("countId", id, "file", stored.fileName(), "sha256", stored.ballotsSha256(),
                        "method", method.label(), "winners", result.winners().stream()
                                .map(ProjectResult::number).toList(),
                        "supersedes", draft.map(d -> d.id().toString()).orElse(""),
                        "areas", areas.stream().map(AreaBallots.Area::name).toList())));
        return stored;
    }

    /** Each area counted from its own file against its own budget, and the totals over the areas. */
    private static CountFindings byArea(PbProcessView process, PbInstance whole, CountingMethod method,
                                        List<AreaBallots.Area> areas, List<BallotFile> files,
                                        Map<String, BallotCount.Label> labels) {
        List<CountFindings.AreaFindings> counted = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            BallotFile file = files.get(i);
            PbInstance instance = file.read().instance();
            CountFindings area = BallotCount.count(instance, method, labels);
            counted.add(new CountFindings.AreaFindings(areas.get(i).name(), areas.get(i).budget(),
                    instance.voterCount(), file.name(), file.sha256(), area.greedy(), area.equalShares()));
        }
        return BallotCount.byArea(whole, whole.budget(), method.rule(), counted);
    }

    /** An area's own ballot file, by its number on the results page (from 1). */
    public Optional<BallotFile> areaBallots(PbCount count, int position) {
        return counts.areaBallots(count.organisationId(), count.id(), position);
    }

    private void refuseUntilVotingCloses(PbProcessView process) {
        if (!countingOpen(process)) {
            throw new ConflictException("The ballots of " + process.title() + " cannot be counted until voting "
                    + "closes: counting starts on " + org.tandem.platform.Timestamps.longDate(
                    process.dates(PbPhase.COUNTING).startsOn()) + ".");
        }
    }

    /**
     * Publishes the newest count. Replacing results already published takes a public reason, shown with the new
     * results; the first publication needs none.
     */
    @Transactional
    public PbCount publish(Actor by, UUID organisationId, UUID processId, String reason) {
        return publish(by, organisationId, processId, reason, clock.instant());
    }

    /** As {@link #publish}, at a time given: the demo's results were published months ago. */
    @Transactional
    PbCount publish(Actor by, UUID organisationId, UUID processId, String reason, Instant now) {
        PbProcessView process = process(organisationId, processId);
        counts.lockProcess(organisationId, processId);
        PbCount draft = counts.draft(organisationId, processId).orElseThrow(() -> new ConflictException(
                counts.published(organisationId, processId).isPresent()
                        ? "These results are already published. Count the ballots again to publish a recount."
                        : "Count the ballots before publishing the results."));
        Optional<PbCount> before = counts.published(organisationId, processId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (before.isPresent() && why == null) {
            throw new RuleViolation("reason", "Say publicly why the published results are being replaced by this "
                    + "recount");
        }
        if (why != null && why.length() > LONGEST_REASON) {
            throw new RuleViolation("reason", "Keep the reason to " + LONGEST_REASON + " characters or fewer");
        }
        if (!counts.publish(organisationId, draft.id(), by, why, now)) {
            throw new ConflictException("Someone else published or recounted these results just now. Reload the "
                    + "page to see them.");
        }
        before.ifPresent(old -> counts.supersede(organisationId, old.id(), draft.id(), now));
        PbCount published = counts.find(organisationId, processId, draft.id()).orElseThrow();
        List<ResultsPublished.FundedProposal> funded = funded(published, organisationId, processId);
        audit.recordAs(by, AuditEntry.of(organisationId, "prioritisation.results-published", "pb-process", processId,
                "The results of " + process.title() + " published: " + funded.size() + " proposals funded"
                        + (before.isPresent() ? ", replacing the results published before, because: " + why : ""))
                .after(Map.of("countId", published.id(), "funded", funded.stream()
                        .map(ResultsPublished.FundedProposal::number).toList(), "reason", why == null ? "" : why)));
        events.publishEvent(new ResultsPublished(organisationId, processId, process.title(), funded, now));
        return published;
    }

    /** The winners in the order funded, each with its proposal (looked up by number) and the cost it was given. */
    private List<ResultsPublished.FundedProposal> funded(PbCount count, UUID organisationId, UUID processId) {
        Map<Integer, ProposalView> byNumber = new HashMap<>();
        processes.acceptedProposals(organisationId, processId).forEach(p -> byNumber.put(p.number(), p));
        return count.findings().counted().winners().stream().map(winner -> {
            ProposalView proposal = byNumber.get(winner.number());
            return new ResultsPublished.FundedProposal(proposal == null ? winner.proposalId() : proposal.id(),
                    winner.number(), proposal == null ? winner.title() : proposal.title(),
                    proposal == null ? Money.pounds(Long.toString(winner.cost())) : proposal.cost());
        }).toList();
    }

    /**
     * Looks for the ballot whose voter id is the public id of the receipt code given ({@link BallotBox#receiptId}:
     * however the code is spaced, hyphenated or capitalised), in the published count. Says nothing about any other
     * ballot.
     */
    public ReceiptCheck checkReceipt(PbCount count, String receiptCode) {
        String code = receiptCode == null ? "" : receiptCode.strip();
        if (code.isEmpty()) {
            throw new RuleViolation("receipt", "Enter the receipt code you were given when you voted");
        }
        if (code.length() > LONGEST_RECEIPT) {
            throw new RuleViolation("receipt", "A receipt code is shorter than that: enter it as it is on your "
                    + "receipt");
        }
        Optional<CountRepository.StoredBallot> ballot = counts.ballot(count.organisationId(), count.id(),
                BallotBox.receiptId(code));
        if (ballot.isEmpty()) {
            return new ReceiptCheck(false, List.of());
        }
        Map<Integer, ProjectResult> projects = new LinkedHashMap<>();
        count.findings().counted().projects().forEach(p -> projects.put(p.number(), p));
        String[] chosen = ballot.get().vote().isEmpty() ? new String[0] : ballot.get().vote().split(",");
        String[] points = ballot.get().points() == null ? null : ballot.get().points().split(",");
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            ProjectResult project = projects.get(Integer.parseInt(chosen[i]));
            choices.add(project.number() + ". " + project.title()
                    + (points == null ? "" : " (" + points[i] + (points[i].equals("1") ? " point)" : " points)")));
        }
        return new ReceiptCheck(true, choices);
    }

    private static Map<String, BallotCount.Label> labels(PbProcessView process, List<ProposalView> accepted) {
        Map<String, BallotCount.Label> labels = new HashMap<>();
        for (ProposalView p : accepted) {
            labels.put(Integer.toString(p.number()), new BallotCount.Label(p.id(), p.title(),
                    p.districtId() == null ? null : process.district(p.districtId()).map(District::name)
                            .orElse(null)));
        }
        return labels;
    }

    /** Voter ids and votes longer than Tandem keeps for checking receipts (a few hundred projects fit). */
    private static List<PabulibProblem> tooLong(PbInstance instance) {
        List<PabulibProblem> problems = new ArrayList<>();
        for (int voter = 0; voter < instance.voterCount() && problems.size() < 20; voter++) {
            String id = instance.voterId(voter);
            if (id.length() > LONGEST_VOTER_ID) {
                problems.add(new PabulibProblem(0, "voter_id", "voter " + id.substring(0, 20) + "… has an id longer"
                        + " than " + LONGEST_VOTER_ID + " characters"));
            } else if (longest(instance.ballot(voter)) > LONGEST_VOTE) {
                problems.add(new PabulibProblem(0, "vote", "voter " + id + "'s vote is longer than "
                        + LONGEST_VOTE + " characters"));
            }
        }
        return problems;
    }

    private static int longest(Ballot ballot) {
        return Math.max(String.join(",", ballot.projectIds()).length(),
                String.join(",", ballot.points().stream().map(String::valueOf).toList()).length());
    }
}
