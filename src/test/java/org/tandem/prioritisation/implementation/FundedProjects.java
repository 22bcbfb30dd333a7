package org.tandem.prioritisation.implementation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.process.ProcessDetails;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;

/**
 * A process with accepted proposals, and its results published the way the count publishes them: the real
 * {@link ResultsPublished} event, sent inside a transaction.
 */
final class FundedProjects {

    private final ProcessService processes;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    FundedProjects(ProcessService processes, ProposalService proposals, ApplicationEventPublisher events,
                   TransactionTemplate transactions, JdbcClient jdbc) {
        this.processes = processes;
        this.proposals = proposals;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** A published process still collecting proposals (so proposals can be put forward), with two areas. */
    PbProcessView process(UUID organisationId) {
        List<PhaseDates> phases = new ArrayList<>();
        LocalDate start = processes.today().minusDays(3);
        for (PbPhase phase : PbPhase.values()) {
            phases.add(new PhaseDates(phase, start, start.plusDays(9)));
            start = start.plusDays(10);
        }
        return processes.create(Actor.TANDEM, organisationId, new ProcessDetails(null,
                "Test fund " + UUID.randomUUID().toString().substring(0, 8), "For young people",
                Money.pounds("40000.00"), List.of(new ProcessDetails.DistrictBudget("Eastfield",
                        Money.pounds("20000.00")), new ProcessDetails.DistrictBudget("Northgate",
                        Money.pounds("20000.00"))), phases, Eligibility.SIGNED_IN, List.of(), List.of(), null, true));
    }

    /** An accepted proposal, costed at {@code cost}, in the process's area {@code district} (0 or 1). */
    ProposalView accepted(PbProcessView process, String title, String cost, int district) {
        UUID org = process.organisationId();
        ProposalView p = proposals.submit(Actor.TANDEM, org, process.id(),
                new ProposalService.Proposer(null, "Leah", "leah@youngvoices.example"),
                new ProposalService.ProposalDraft(process.districts().get(district).id(), title, "What it is", null,
                        null, Money.pounds(cost)));
        ProposalView costed = proposals.assess(org, process.id(), p.id(), p.version(), Feasibility.FEASIBLE, null,
                Money.pounds(cost), "The supplier's quote");
        return proposals.decide(org, process.id(), p.id(), costed.version(),
                new ProposalService.Decision(ProposalStatus.ACCEPTED, "It can be done", null));
    }

    /** Publishes results funding these proposals with their costs, and waits until tracking has caught up. */
    void publish(PbProcessView process, ProposalView... funded) {
        List<ResultsPublished.FundedProposal> list = new ArrayList<>();
        for (ProposalView p : funded) {
            list.add(new ResultsPublished.FundedProposal(p.id(), p.number(), p.title(), p.cost()));
        }
        publish(process, list);
    }

    void publish(PbProcessView process, List<ResultsPublished.FundedProposal> funded) {
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        transactions.executeWithoutResult(s -> events.publishEvent(new ResultsPublished(process.organisationId(),
                process.id(), process.title(), funded, at)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from pb_tracked_process where process_id = ? and published_at = ?")
                .params(process.id(), org.tandem.platform.Timestamps.utc(at)).query(Long.class).single() == 1);
    }

    UUID project(PbProcessView process, int number) {
        return jdbc.sql("select id from pb_funded_project where process_id = ? and number = ?")
                .params(process.id(), number).query(UUID.class).single();
    }
}
