package org.tandem.prioritisation.process;

import static org.tandem.platform.Timestamps.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.Money;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;

/** Proposals of a process, always within one organisation. */
@Repository
public class ProposalRepository {

    /** Sort orders offered on the list; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        NUMBER("Number", "number"), NEWEST("Newest first", "submitted_at desc, number"),
        TITLE("Title", "lower(title), number"),
        COST_HIGHEST("Highest cost first", "coalesce(final_cost, estimated_cost) desc, number"),
        COST_LOWEST("Lowest cost first", "coalesce(final_cost, estimated_cost), number");

        private final String label;
        private final String orderBy;

        Sort(String label, String orderBy) {
            this.label = label;
            this.orderBy = orderBy;
        }

        public String label() {
            return label;
        }
    }

    /** Filters for the list; nulls mean "any". */
    public record Filter(String text, ProposalStatus status, String ward) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** What a proposer put forward, checked. */
    record Submission(UUID districtId, String title, String description, String location, String ward,
                      Money estimatedCost, UUID proposerId, String proposerName, String proposerEmail) {
    }

    private static final String COLUMNS = """
            id, process_id, number, district_id, title, description, location, ward, estimated_cost, proposer_id,
            proposer_name, proposer_email, status, feasibility, feasibility_note, final_cost, cost_reason,
            decision_reason, merged_into, submitted_at, version""";

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProposalView> find(UUID organisationId, UUID processId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from pb_proposal"
                        + " where id = ? and process_id = ? and organisation_id = ?")
                .params(id, processId, organisationId).query(ProposalRepository::map).optional();
    }

    List<ProposalView> withStatus(UUID organisationId, UUID processId, ProposalStatus status) {
        return jdbc.sql("select " + COLUMNS + " from pb_proposal"
                        + " where process_id = ? and organisation_id = ? and status = ? order by number")
                .params(processId, organisationId, status.name()).query(ProposalRepository::map).list();
    }

    ResultPage<ProposalView> page(UUID organisationId, UUID processId, Filter filter, Sort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org and process_id = :process");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("process", processId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and (lower(title) like :text escape '\\' or lower(description) like :text escape '\\'"
                    + " or lower(location) like :text escape '\\')");
            params.put("text", pattern);
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.ward() != null && !filter.ward().isBlank()) {
            where.append(" and ward = :ward");
            params.put("ward", filter.ward().strip());
        }
        long total = jdbc.sql("select count(*) from pb_proposal" + where).params(params).query(Long.class).single();
        List<ProposalView> rows = jdbc.sql("select " + COLUMNS + " from pb_proposal" + where
                        + " order by " + (sort == null ? Sort.NUMBER : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ProposalRepository::map).list();
        return new ResultPage<>(rows, page.page(), page.size(), total);
    }

    /** The wards proposals name, for the list's filter. */
    List<String> wards(UUID organisationId, UUID processId) {
        return jdbc.sql("""
                select distinct ward from pb_proposal where organisation_id = ? and process_id = ?
                and ward is not null order by ward""").params(organisationId, processId).query(String.class).list();
    }

    UUID insert(UUID organisationId, UUID processId, Submission s, Instant now) {
        UUID id = UUID.randomUUID();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from pb_proposal where process_id = ?")
                .param(processId).query(Integer.class).single();
        jdbc.sql("""
                insert into pb_proposal (id, organisation_id, process_id, number, district_id, title, description,
                    location, ward, estimated_cost, proposer_id, proposer_name, proposer_email, status, feasibility,
                    submitted_at, updated_at, version)
                values (:id, :org, :process, :number, :district, :title, :description, :location, :ward, :cost,
                    :proposer, :name, :email, 'SUBMITTED', 'NOT_ASSESSED', :now, :now, 0)""")
                .param("id", id).param("org", organisationId).param("process", processId).param("number", number)
                .param("district", s.districtId()).param("title", s.title()).param("description", s.description())
                .param("location", s.location()).param("ward", s.ward()).param("cost", s.estimatedCost().amount())
                .param("proposer", s.proposerId()).param("name", s.proposerName()).param("email", s.proposerEmail())
                .param("now", utc(now))
                .update();
        return id;
    }

    /** Officers' assessment; optimistic, false when someone else changed the proposal since {@code version}. */
    boolean assess(UUID organisationId, UUID id, int version, Feasibility feasibility, String note, Money finalCost,
                   String costReason, Instant now) {
        return jdbc.sql("""
                update pb_proposal set feasibility = :feasibility, feasibility_note = :note, final_cost = :cost,
                    cost_reason = :reason, updated_at = :now, version = version + 1
                where id = :id and organisation_id = :org and version = :version""")
                .param("feasibility", feasibility.name()).param("note", note)
                .param("cost", finalCost == null ? null : finalCost.amount()).param("reason", costReason)
                .param("now", utc(now)).param("id", id).param("org", organisationId).param("version", version)
                .update() == 1;
    }

    /** Accept, reject or merge; optimistic as {@link #assess}. */
    boolean decide(UUID organisationId, UUID id, int version, ProposalStatus status, String reason, UUID mergedInto,
                   Instant now) {
        return jdbc.sql("""
                update pb_proposal set status = :status, decision_reason = :reason, merged_into = :merged,
                    updated_at = :now, version = version + 1
                where id = :id and organisation_id = :org and version = :version""")
                .param("status", status.name()).param("reason", reason).param("merged", mergedInto)
                .param("now", utc(now)).param("id", id).param("org", organisationId).param("version", version)
                .update() == 1;
    }

    private static ProposalView map(ResultSet rs, int n) throws SQLException {
        return new ProposalView(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class),
                rs.getInt("number"), rs.getObject("district_id", UUID.class), rs.getString("title"),
                rs.getString("description"), rs.getString("location"), rs.getString("ward"),
                money(rs.getBigDecimal("estimated_cost")), rs.getObject("proposer_id", UUID.class),
                rs.getString("proposer_name"), rs.getString("proposer_email"),
                ProposalStatus.valueOf(rs.getString("status")), Feasibility.valueOf(rs.getString("feasibility")),
                rs.getString("feasibility_note"), money(rs.getBigDecimal("final_cost")), rs.getString("cost_reason"),
                rs.getString("decision_reason"), rs.getObject("merged_into", UUID.class),
                Timestamps.instant(rs, "submitted_at"), rs.getInt("version"));
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }
}
