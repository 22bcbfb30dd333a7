package org.tandem.insight.wards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.utc;

@Repository
public class WardRepository {

    private final JdbcClient jdbc;

    WardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's wards, by name. */
    public List<Ward> wardsOf(UUID organisationId) {
        return jdbc.sql("select id, organisation_id, code, name from ward where organisation_id = ? order by lower(name)")
                .param(organisationId).query(WardRepository::map).list();
    }

    public Optional<Ward> find(UUID organisationId, UUID wardId) {
        return jdbc.sql("select id, organisation_id, code, name from ward where organisation_id = ? and id = ?")
                .params(organisationId, wardId).query(WardRepository::map).optional();
    }

    /** Only those of the ids that are the organisation's wards: ids from elsewhere are dropped, never trusted. */
    public List<Ward> findAll(UUID organisationId, Collection<UUID> wardIds) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, organisation_id, code, name from ward where organisation_id = :org and id in (:ids)
                        order by lower(name)""")
                .param("org", organisationId).param("ids", wardIds).query(WardRepository::map).list();
    }

    public Ward create(UUID organisationId, String code, String name, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into ward (id, organisation_id, code, name, created_at) values (?, ?, ?, ?, ?)")
                .params(id, organisationId, code, name, utc(now)).update();
        return new Ward(id, organisationId, code, name);
    }

    private static Ward map(ResultSet rs, int row) throws SQLException {
        return new Ward(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("code"), rs.getString("name"));
    }
}
