package org.tandem.insight.needs;

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
import org.tandem.insight.wards.Ward;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.utc;

@Repository
public class NeedRepository {

    /** Sort orders of a commission's needs; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        PRIORITY(PRIORITY_ORDER + ", lower(title), id"), TITLE("lower(title), id"), NEWEST("created_at desc, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Filters for a commission's needs; nulls mean "any". */
    public record Filter(String text, Priority priority, UUID wardId) {
    }

    private static final String PRIORITY_ORDER = "case priority when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end";
    private static final String COLUMNS = "id, organisation_id, commission_id, title, description, priority, version";

    private final JdbcClient jdbc;

    NeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's needs, most pressing first. */
    public List<Need> needsOf(UUID organisationId) {
        return withWards(jdbc.sql("""
                        select id, organisation_id, commission_id, title, description, priority, version from need
                        where organisation_id = ?
                        order by case priority when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end, lower(title)""")
                .param(organisationId).query(NeedRepository::map).list());
    }

    public Optional<Need> find(UUID organisationId, UUID needId) {
        return jdbc.sql("""
                        select id, organisation_id, commission_id, title, description, priority, version from need
                        where organisation_id = ? and id = ?""")
                .params(organisationId, needId).query(NeedRepository::map).optional()
                .map(need -> withWards(List.of(need)).getFirst());
    }

    public Need create(UUID organisationId, UUID commissionId, String title, String description, Priority priority,
                       Collection<UUID> wardIds, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into need (id, organisation_id, commission_id, title, description, priority, created_at,
                                  updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, organisationId, commissionId, title, description, priority.name(), utc(now), utc(now))
                .update();
        for (UUID ward : wardIds) {
            jdbc.sql("insert into need_ward (need_id, ward_id) values (?, ?)").params(id, ward).update();
        }
        return find(organisationId, id).orElseThrow();
    }

    /** A commission's needs, filtered, sorted and one page at a time. */
    public ResultPage<Need> ofCommission(UUID organisationId, UUID commissionId, Filter filter, Sort sort,
                                         PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org and commission_id = :commission");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("commission", commissionId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and (lower(title) like :text escape '\\' or lower(description) like :text escape '\\')");
            params.put("text", pattern);
        }
        if (filter.priority() != null) {
            where.append(" and priority = :priority");
            params.put("priority", filter.priority().name());
        }
        if (filter.wardId() != null) {
            where.append(" and id in (select need_id from need_ward where ward_id = :ward)");
            params.put("ward", filter.wardId());
        }
        long total = jdbc.sql("select count(*) from need" + where).params(params).query(Long.class).single();
        List<Need> rows = jdbc.sql("select " + COLUMNS + " from need" + where + " order by "
                        + (sort == null ? Sort.PRIORITY : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(NeedRepository::map).list();
        return new ResultPage<>(withWards(rows), page.page(), page.size(), total);
    }

    /** All of a commission's needs, most pressing first: few enough to offer as checkboxes. */
    public List<Need> ofCommission(UUID organisationId, UUID commissionId) {
        return withWards(jdbc.sql("select " + COLUMNS + " from need where organisation_id = ? and commission_id = ?"
                        + " order by " + Sort.PRIORITY.orderBy)
                .params(organisationId, commissionId).query(NeedRepository::map).list());
    }

    /** Optimistic: false when someone else saved the need since {@code version} was read. */
    public boolean update(UUID organisationId, UUID needId, int version, String title, String description,
                          Priority priority, Collection<UUID> wardIds, Instant now) {
        int rows = jdbc.sql("""
                        update need set title = ?, description = ?, priority = ?, updated_at = ?, version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                .params(title, description, priority.name(), utc(now), organisationId, needId, version).update();
        if (rows == 1) {
            jdbc.sql("delete from need_ward where need_id = ?").param(needId).update();
            for (UUID ward : wardIds) {
                jdbc.sql("insert into need_ward (need_id, ward_id) values (?, ?)").params(needId, ward).update();
            }
        }
        return rows == 1;
    }

    private List<Need> withWards(List<Need> needs) {
        if (needs.isEmpty()) {
            return needs;
        }
        Map<UUID, List<Ward>> wards = new HashMap<>();
        jdbc.sql("""
                        select nw.need_id, w.id, w.organisation_id, w.code, w.name from need_ward nw
                        join ward w on w.id = nw.ward_id where nw.need_id in (:ids) order by lower(w.name)""")
                .param("ids", needs.stream().map(Need::id).toList())
                .query(rs -> {
                    wards.computeIfAbsent(rs.getObject("need_id", UUID.class), k -> new ArrayList<>())
                            .add(new Ward(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                                    rs.getString("code"), rs.getString("name")));
                });
        return needs.stream().map(n -> new Need(n.id(), n.organisationId(), n.commissionId(), n.title(),
                n.description(), n.priority(), wards.getOrDefault(n.id(), List.of()), n.version())).toList();
    }

    private static Need map(ResultSet rs, int row) throws SQLException {
        return new Need(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("commission_id", UUID.class), rs.getString("title"), rs.getString("description"),
                Priority.valueOf(rs.getString("priority")), List.of(), rs.getInt("version"));
    }
}
