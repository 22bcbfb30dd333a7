package org.tandem.prioritisation.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.PbProcessView;

/**
 * Which outcomes of the commission's agreed outcomes framework a proposal helps with. A standalone process, or one
 * whose commission has no agreed framework yet, offers none: proposals are then simply not linked.
 */
@Component
public class ProposalOutcomes {

    /** An outcome the fund serves, with how many proposals say they help with it. */
    public record Served(OutcomeView outcome, int proposals) {
    }

    private final OutcomesFrameworks frameworks;
    private final JdbcClient jdbc;

    ProposalOutcomes(OutcomesFrameworks frameworks, JdbcClient jdbc) {
        this.frameworks = frameworks;
        this.jdbc = jdbc;
    }

    /** The outcomes proposals of this process may address: those of the agreed version, in their order. */
    public List<OutcomeView> offered(PbProcessView process) {
        if (process.commissionId() == null) {
            return List.of();
        }
        return frameworks.agreedVersion(process.organisationId(), process.commissionId())
                .map(v -> frameworks.outcomes(process.organisationId(), v.id())).orElse(List.of());
    }

    /** The offered outcomes, each with the number of the process's proposals addressing it. */
    public List<Served> served(PbProcessView process) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select o.lineage_id, count(*) as proposals from pb_proposal_outcome o
                join pb_proposal p on p.id = o.proposal_id and p.organisation_id = o.organisation_id
                where o.organisation_id = ? and p.process_id = ? and p.status <> 'MERGED' and p.status <> 'REJECTED'
                group by o.lineage_id""").params(process.organisationId(), process.id())
                .query((rs, n) -> counts.put(rs.getObject("lineage_id", UUID.class), rs.getInt("proposals")))
                .list();
        return offered(process).stream().map(o -> new Served(o, counts.getOrDefault(o.lineageId(), 0))).toList();
    }

    /**
     * The outcomes a proposal addresses, in the framework's order, worded as the agreed version words them now; an
     * outcome since dropped from the framework is shown as it was when the proposal chose it. {@code offered} is
     * {@link #offered} for the process, which the caller has read already.
     */
    public List<OutcomeView> addressedBy(PbProcessView process, List<OutcomeView> offered, UUID proposalId) {
        Map<UUID, OutcomeView> current = offered.stream()
                .collect(Collectors.toMap(OutcomeView::lineageId, Function.identity()));
        // Only an outcome no longer in the agreed version is looked up by the id it was chosen under.
        List<OutcomeView> addressed = new ArrayList<>(jdbc.sql("select outcome_id, lineage_id from"
                        + " pb_proposal_outcome where organisation_id = ? and proposal_id = ?")
                .params(process.organisationId(), proposalId)
                .query((rs, n) -> {
                    UUID lineage = rs.getObject("lineage_id", UUID.class);
                    UUID chosenAs = rs.getObject("outcome_id", UUID.class);
                    return Optional.ofNullable(current.get(lineage)).or(() -> chosenUnder(process, chosenAs));
                })
                .list().stream().flatMap(Optional::stream).toList());
        addressed.sort(Comparator.comparing((OutcomeView o) -> !current.containsKey(o.lineageId()))
                .thenComparingInt(OutcomeView::position));
        return List.copyOf(addressed);
    }

    private Optional<OutcomeView> chosenUnder(PbProcessView process, UUID outcomeId) {
        return frameworks.outcome(process.organisationId(), outcomeId);
    }

    /**
     * For each of these proposals, the ids of the outcomes it addresses: the agreed version's id for an outcome
     * still in it, the id it was chosen under otherwise. Proposals addressing none are absent.
     */
    public Map<UUID, List<UUID>> addressedIds(PbProcessView process, Collection<UUID> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> current = offered(process).stream()
                .collect(Collectors.toMap(OutcomeView::lineageId, OutcomeView::id));
        Map<UUID, List<UUID>> addressed = new LinkedHashMap<>();
        jdbc.sql("select proposal_id, outcome_id, lineage_id from pb_proposal_outcome where organisation_id = :org"
                        + " and proposal_id in (:ids)")
                .param("org", process.organisationId()).param("ids", proposalIds)
                .query((rs, n) -> addressed.computeIfAbsent(rs.getObject("proposal_id", UUID.class),
                        k -> new ArrayList<>()).add(current.getOrDefault(rs.getObject("lineage_id", UUID.class),
                        rs.getObject("outcome_id", UUID.class))))
                .list();
        return addressed;
    }

    /** Replaces what the proposal addresses; every id must be an outcome the process offers. */
    void set(PbProcessView process, UUID proposalId, Collection<UUID> outcomeIds) {
        Set<UUID> wanted = Set.copyOf(outcomeIds);
        Map<UUID, OutcomeView> offered = offered(process).stream()
                .collect(Collectors.toMap(OutcomeView::id, Function.identity()));
        for (UUID id : wanted) {
            if (!offered.containsKey(id)) {
                throw new RuleViolation("outcomeIds", offered.isEmpty()
                        ? "This fund has no agreed outcomes framework, so a proposal cannot be linked to outcomes yet"
                        : "Choose outcomes from this fund's agreed outcomes framework");
            }
        }
        jdbc.sql("delete from pb_proposal_outcome where organisation_id = ? and proposal_id = ?")
                .params(process.organisationId(), proposalId).update();
        for (UUID id : wanted) {
            jdbc.sql("insert into pb_proposal_outcome (proposal_id, organisation_id, outcome_id, lineage_id)"
                            + " values (?, ?, ?, ?)")
                    .params(proposalId, process.organisationId(), id, offered.get(id).lineageId()).update();
        }
    }
}
