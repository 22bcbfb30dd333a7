package org.tandem.insight.quality;

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
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.date;
import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** Rounds and the services they visit, in plain SQL. Every query is bounded by the organisation the caller names. */
@Repository
public class RoundRepository {

    /** Sort orders offered on the list; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        NEWEST("r.visits_from desc, lower(r.title), r.id"), TITLE("lower(r.title), r.id"),
        STATUS("case r.status when 'DRAFT' then 1 when 'VISITING' then 2 when 'MODERATION' then 3 "
                + "when 'SHARED' then 4 else 5 end, lower(r.title), r.id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Filters for the list; nulls mean "any". {@code assessor} limits it to rounds with a visit they are on. */
    public record Filter(String text, RoundStatus status, UUID assessor) {
    }

    /** A round in a list, with how far its visits have got. */
    public record Listing(QualityRound round, int services, int visits, int visitsSubmitted) {
    }

    private static final String COLUMNS = """
            id, organisation_id, commission_id, title, purpose, visits_from, visits_until, status, red_areas,
            amber_threshold, visit_combination, created_at, version""";

    /** The same columns for the list, whose query names the round {@code r}. */
    private static final String LISTED = """
            r.id, r.organisation_id, r.commission_id, r.title, r.purpose, r.visits_from, r.visits_until, r.status,
            r.red_areas, r.amber_threshold, r.visit_combination, r.created_at, r.version""";

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<QualityRound> find(UUID organisationId, UUID commissionId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from quality_round where organisation_id = ? and commission_id = ? "
                        + "and id = ?")
                .params(organisationId, commissionId, id).query(RoundRepository::map).optional();
    }

    public Optional<QualityRound> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from quality_round where organisation_id = ? and id = ?")
                .params(organisationId, id).query(RoundRepository::map).optional();
    }

    public ResultPage<Listing> list(UUID organisationId, UUID commissionId, Filter filter, Sort sort,
                                    PageRequest page) {
        StringBuilder where = new StringBuilder(" where r.organisation_id = :org and r.commission_id = :commission");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("commission", commissionId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and (lower(r.title) like :text escape '\\' or lower(r.purpose) like :text escape '\\')");
            params.put("text", pattern);
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.assessor() != null) {
            where.append(" and r.id in (select v.round_id from quality_visit v join quality_visit_assessor a on "
                    + "a.visit_id = v.id where a.organisation_id = :org and a.person_id = :assessor)");
            params.put("assessor", filter.assessor());
        }
        long total = jdbc.sql("select count(*) from quality_round r" + where).params(params).query(Long.class)
                .single();
        List<Listing> rows = jdbc.sql("select " + LISTED + """
                        , (select count(*) from quality_round_service s where s.round_id = r.id) as services,
                        (select count(*) from quality_visit v where v.round_id = r.id) as visits,
                        (select count(*) from quality_visit v where v.round_id = r.id and v.status = 'SUBMITTED')
                            as submitted
                        from quality_round r""" + where + " order by "
                        + (sort == null ? Sort.NEWEST : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Listing(map(rs, n), rs.getInt("services"), rs.getInt("visits"),
                        rs.getInt("submitted")))
                .list();
        return new ResultPage<>(rows, page.page(), page.size(), total);
    }

    public void insert(QualityRound round, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into quality_round (id, organisation_id, commission_id, title, purpose, visits_from,
                    visits_until, status, red_areas, amber_threshold, visit_combination, created_at, created_by,
                    updated_at, version)
                values (:id, :org, :commission, :title, :purpose, :from, :until, :status, :red, :amber, :combination,
                    :now, :by, :now, 0)""")
                .param("id", round.id()).param("org", round.organisationId())
                .param("commission", round.commissionId()).params(draftParams(new RoundDraft(round.title(),
                        round.purpose(), round.visitsFrom(), round.visitsUntil(), round.rule())))
                .param("status", round.status().name()).param("now", utc(now)).param("by", createdBy)
                .update();
    }

    /** Optimistic: false when someone else saved the round since {@code version} was read. */
    public boolean update(UUID organisationId, UUID id, int version, RoundDraft draft, Instant now) {
        return jdbc.sql("""
                update quality_round set title = :title, purpose = :purpose, visits_from = :from,
                    visits_until = :until, red_areas = :red, amber_threshold = :amber,
                    visit_combination = :combination, updated_at = :now, version = version + 1
                where organisation_id = :org and id = :id and version = :version""")
                .params(draftParams(draft)).param("now", utc(now)).param("org", organisationId).param("id", id)
                .param("version", version)
                .update() == 1;
    }

    public boolean move(UUID organisationId, UUID id, int version, RoundStatus from, RoundStatus to, Instant now) {
        return jdbc.sql("""
                update quality_round set status = :to, updated_at = :now, version = version + 1
                where organisation_id = :org and id = :id and version = :version and status = :from""")
                .param("to", to.name()).param("now", utc(now)).param("org", organisationId).param("id", id)
                .param("version", version).param("from", from.name())
                .update() == 1;
    }

    public List<UUID> serviceIds(UUID roundId) {
        return jdbc.sql("select service_id from quality_round_service where round_id = ? order by added_at, "
                        + "service_id")
                .param(roundId).query(UUID.class).list();
    }

    /** False when the service was already in the round. */
    public boolean addService(UUID organisationId, UUID roundId, UUID serviceId, Instant now) {
        if (serviceIds(roundId).contains(serviceId)) {
            return false;
        }
        jdbc.sql("insert into quality_round_service (round_id, service_id, organisation_id, added_at) "
                        + "values (?, ?, ?, ?)")
                .params(roundId, serviceId, organisationId, utc(now)).update();
        return true;
    }

    /** The service's visits, ratings and decision go with it. */
    public boolean removeService(UUID organisationId, UUID roundId, UUID serviceId) {
        return jdbc.sql("delete from quality_round_service where organisation_id = ? and round_id = ? "
                        + "and service_id = ?")
                .params(organisationId, roundId, serviceId).update() == 1;
    }

    private static Map<String, Object> draftParams(RoundDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", d.title());
        params.put("purpose", d.purpose());
        params.put("from", d.visitsFrom());
        params.put("until", d.visitsUntil());
        params.put("red", d.rule().redAreas());
        params.put("amber", d.rule().amber().name());
        params.put("combination", d.rule().combination().name());
        return params;
    }

    private static QualityRound map(ResultSet rs, int row) throws SQLException {
        return new QualityRound(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("commission_id", UUID.class), rs.getString("title"), rs.getString("purpose"),
                date(rs, "visits_from"), date(rs, "visits_until"), RoundStatus.valueOf(rs.getString("status")),
                new RecommendationRule(rs.getInt("red_areas"), AmberThreshold.valueOf(rs.getString("amber_threshold")),
                        VisitCombination.valueOf(rs.getString("visit_combination"))),
                instant(rs, "created_at"), rs.getInt("version"));
    }
}
