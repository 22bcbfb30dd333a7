package org.tandem.insight.evidence.risks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
public class RiskRepository {

    /** Sort orders of the register; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        SCORE("score desc, lower(title), id"), TITLE("lower(title), id"),
        STATUS("case status when 'OPEN' then 1 when 'MITIGATING' then 2 when 'TAKEN' then 3 else 4 end,"
                + " score desc, id"),
        NEWEST("created_at desc, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Filters of the register; nulls mean "any". */
    public record Filter(String text, RiskStatus status, RiskBearer bearer, CitizenAcceptance acceptance,
                         Risk.Rating rating) {
    }

    private static final String COLUMNS = """
            id, organisation_id, commission_id, title, description, benefits, disbenefits, acceptance,
            acceptance_reasoning, acceptance_found_by, likelihood, impact, mitigation, owner, status, created_at,
            updated_at, version""";

    private final JdbcClient jdbc;

    RiskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<Risk> list(UUID organisationId, UUID commissionId, Filter filter, Sort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org and commission_id = :commission");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("commission", commissionId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and search_text like :text escape '\\'");
            params.put("text", pattern);
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.bearer() != null) {
            where.append(" and id in (select risk_id from evidence_risk_bearer where organisation_id = :org"
                    + " and bearer = :bearer)");
            params.put("bearer", filter.bearer().name());
        }
        if (filter.acceptance() != null) {
            where.append(" and acceptance = :acceptance");
            params.put("acceptance", filter.acceptance().name());
        }
        if (filter.rating() != null) {
            where.append(switch (filter.rating()) {
                case HIGH -> " and score >= 15";
                case MEDIUM -> " and score between 5 and 14";
                case LOW -> " and score <= 4";
            });
        }
        long total = jdbc.sql("select count(*) from evidence_risk" + where).params(params).query(Long.class).single();
        List<Risk> rows = jdbc.sql("select " + COLUMNS + " from evidence_risk" + where + " order by "
                        + (sort == null ? Sort.SCORE : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(RiskRepository::map).list();
        return new ResultPage<>(withBearers(organisationId, rows), page.page(), page.size(), total);
    }

    public Optional<Risk> find(UUID organisationId, UUID commissionId, UUID riskId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_risk where organisation_id = ? and commission_id = ?"
                        + " and id = ?")
                .params(organisationId, commissionId, riskId).query(RiskRepository::map).optional()
                .map(r -> withBearers(organisationId, List.of(r)).getFirst());
    }

    /** Risks with these ids, in no particular order; ids of other organisations are not found. */
    public List<Risk> findAll(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withBearers(organisationId, jdbc.sql("select " + COLUMNS + " from evidence_risk"
                        + " where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", ids).query(RiskRepository::map).list());
    }

    public void insert(UUID id, UUID organisationId, UUID commissionId, RiskDraft draft, String searchText,
                       Instant now) {
        jdbc.sql("""
                insert into evidence_risk (id, organisation_id, commission_id, title, description, benefits,
                                           disbenefits, acceptance, acceptance_reasoning, acceptance_found_by,
                                           likelihood, impact, score, mitigation, owner, status, search_text,
                                           created_at, updated_at, version)
                values (:id, :org, :commission, :title, :description, :benefits, :disbenefits, :acceptance,
                        :reasoning, :foundBy, :likelihood, :impact, :score, :mitigation, :owner, :status, :search,
                        :now, :now, 0)""")
                .param("id", id).param("org", organisationId).param("commission", commissionId)
                .params(draftParams(draft)).param("search", searchText).param("now", utc(now))
                .update();
        replaceBearers(organisationId, id, draft);
    }

    /** Optimistic: false when someone else saved the risk since {@code version} was read. */
    public boolean update(UUID organisationId, UUID riskId, int version, RiskDraft draft, String searchText,
                          Instant now) {
        int rows = jdbc.sql("""
                        update evidence_risk set title = :title, description = :description, benefits = :benefits,
                               disbenefits = :disbenefits, acceptance = :acceptance, acceptance_reasoning = :reasoning,
                               acceptance_found_by = :foundBy, likelihood = :likelihood, impact = :impact,
                               score = :score, mitigation = :mitigation, owner = :owner, status = :status,
                               search_text = :search, updated_at = :now, version = version + 1
                        where organisation_id = :org and id = :id and version = :version""")
                .params(draftParams(draft)).param("search", searchText).param("now", utc(now))
                .param("org", organisationId).param("id", riskId).param("version", version)
                .update();
        if (rows == 1) {
            replaceBearers(organisationId, riskId, draft);
        }
        return rows == 1;
    }

    public boolean delete(UUID organisationId, UUID riskId) {
        return jdbc.sql("delete from evidence_risk where organisation_id = ? and id = ?")
                .params(organisationId, riskId).update() == 1;
    }

    private void replaceBearers(UUID organisationId, UUID riskId, RiskDraft draft) {
        jdbc.sql("delete from evidence_risk_bearer where organisation_id = ? and risk_id = ?")
                .params(organisationId, riskId).update();
        for (RiskBearer bearer : draft.bearers()) {
            jdbc.sql("insert into evidence_risk_bearer (risk_id, organisation_id, bearer) values (?, ?, ?)")
                    .params(riskId, organisationId, bearer.name()).update();
        }
    }

    private List<Risk> withBearers(UUID organisationId, List<Risk> risks) {
        if (risks.isEmpty()) {
            return risks;
        }
        Map<UUID, List<RiskBearer>> bearers = new HashMap<>();
        jdbc.sql("select risk_id, bearer from evidence_risk_bearer where organisation_id = :org and risk_id in (:ids)")
                .param("org", organisationId).param("ids", risks.stream().map(Risk::id).toList())
                .query(rs -> {
                    bearers.computeIfAbsent(rs.getObject("risk_id", UUID.class), k -> new ArrayList<>())
                            .add(RiskBearer.valueOf(rs.getString("bearer")));
                });
        return risks.stream().map(r -> new Risk(r.id(), r.organisationId(), r.commissionId(), r.title(),
                r.description(), bearers.getOrDefault(r.id(), List.of()).stream().sorted().toList(), r.benefits(),
                r.disbenefits(), r.acceptance(), r.acceptanceReasoning(), r.acceptanceFoundBy(), r.likelihood(),
                r.impact(), r.mitigation(), r.owner(), r.status(), r.createdAt(), r.updatedAt(), r.version()))
                .toList();
    }

    private static Map<String, Object> draftParams(RiskDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", d.title());
        params.put("description", d.description());
        params.put("benefits", d.benefits());
        params.put("disbenefits", d.disbenefits());
        params.put("acceptance", d.acceptance().name());
        params.put("reasoning", d.acceptanceReasoning());
        params.put("foundBy", d.acceptanceFoundBy());
        params.put("likelihood", d.likelihood().points());
        params.put("impact", d.impact().points());
        params.put("score", d.likelihood().points() * d.impact().points());
        params.put("mitigation", d.mitigation());
        params.put("owner", d.owner());
        params.put("status", d.status().name());
        return params;
    }

    private static Risk map(ResultSet rs, int row) throws SQLException {
        return new Risk(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("commission_id", UUID.class), rs.getString("title"), rs.getString("description"),
                List.of(), rs.getString("benefits"), rs.getString("disbenefits"),
                CitizenAcceptance.valueOf(rs.getString("acceptance")), rs.getString("acceptance_reasoning"),
                rs.getString("acceptance_found_by"), Likelihood.ofPoints(rs.getInt("likelihood")),
                Impact.ofPoints(rs.getInt("impact")), rs.getString("mitigation"), rs.getString("owner"),
                RiskStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
