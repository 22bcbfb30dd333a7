package org.tandem.platform.audit;


import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;
import org.tandem.platform.Timestamps;

/**
 * Reading an organisation's part of the audit log: events recorded against the organisation, plus the sign-ins and
 * account events of its own people (those belong to no single organisation).
 */
@Repository
public class AuditEvents {

    private static final String COLUMNS = """
            seq, occurred_at, actor_id, actor_name, action, entity_type, entity_id, summary, before_state,
            after_state, remote_address, hash""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AuditEvents(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public ResultPage<AuditEventView> search(AuditFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<AuditEventView> items = jdbc.sql("select " + COLUMNS + " from audit_event" + where
                        + " order by seq desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(AuditEvents::map).list();
        return new ResultPage<>(items, page.page(), page.size(), total);
    }

    /** Every matching event, oldest first, one at a time: exports of any size run in constant memory. */
    public void stream(AuditFilter filter, Consumer<AuditEventView> each) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select " + COLUMNS + " from audit_event" + where(filter, params) + " order by seq";
        named.query(sql, params, (ResultSet rs) -> {
            while (rs.next()) {
                each.accept(map(rs, 0));
            }
            return null;
        });
    }

    /** The distinct kinds of thing the organisation's events are about, for the filter. */
    public List<String> entityTypes(UUID organisationId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(new AuditFilter(organisationId, null, null, null, null, null), params);
        return jdbc.sql("select distinct entity_type from audit_event" + where + " order by entity_type")
                .params(params).query(String.class).list();
    }

    /** Conditions are added only when asked for: PostgreSQL cannot type a bare "? is null" parameter. */
    private static String where(AuditFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("org", filter.organisationId());
        conditions.add("""
                (organisation_id = :org or (organisation_id is null and (
                    actor_id in (select person_id from membership where organisation_id = :org)
                    or (entity_type = 'person' and entity_id in
                        (select cast(person_id as varchar(100)) from membership where organisation_id = :org)))))""");
        String who = SearchText.containing(filter.who());
        if (who != null) {
            conditions.add("lower(actor_name) like :who");
            params.put("who", who);
        }
        String action = SearchText.startingWith(filter.action());
        if (action != null) {
            conditions.add("action like :action");
            params.put("action", action);
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            conditions.add("entity_type = :entityType");
            params.put("entityType", filter.entityType().strip());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(Timestamps.LONDON).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Timestamps.LONDON)
                    .toOffsetDateTime());
        }
        return " where " + String.join(" and ", conditions);
    }


    private static AuditEventView map(ResultSet rs, int row) throws SQLException {
        return new AuditEventView(rs.getLong("seq"), Timestamps.instant(rs, "occurred_at"),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("remote_address"),
                rs.getString("hash"));
    }

}
