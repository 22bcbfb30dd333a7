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

import static org.tandem.platform.Timestamps.utc;

@Repository
public class NeedRepository {

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
