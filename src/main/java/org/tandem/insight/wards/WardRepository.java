package org.tandem.insight.wards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

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

    /** A page of the organisation's wards by name, those whose code or name contains the text if any is given. */
    public ResultPage<WardVersion> search(UUID organisationId, String text, PageRequest page) {
        String where = " where organisation_id = :org";
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        String pattern = SearchText.containing(text);
        if (pattern != null) {
            where += " and (lower(name) like :text escape '\\' or lower(code) like :text escape '\\')";
            params.put("text", pattern);
        }
        long total = jdbc.sql("select count(*) from ward" + where).params(params).query(Long.class).single();
        List<WardVersion> wards = jdbc.sql("select id, organisation_id, code, name, version from ward" + where
                        + " order by lower(name), id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new WardVersion(map(rs, n), rs.getInt("version"))).list();
        return new ResultPage<>(wards, page.page(), page.size(), total);
    }

    public Optional<WardVersion> findVersioned(UUID organisationId, UUID wardId) {
        return jdbc.sql("""
                        select id, organisation_id, code, name, version from ward where organisation_id = ? and id = ?""")
                .params(organisationId, wardId).query((rs, n) -> new WardVersion(map(rs, n), rs.getInt("version")))
                .optional();
    }

    /** Codes are compared ignoring case: MB01 and mb01 are the same ward. */
    public Optional<Ward> findByCode(UUID organisationId, String code) {
        return jdbc.sql("""
                        select id, organisation_id, code, name from ward where organisation_id = ? and upper(code) = ?""")
                .params(organisationId, code.toUpperCase(Locale.ROOT)).query(WardRepository::map).optional();
    }

    /** The ward with this name, ignoring case, if there is one. */
    public Optional<Ward> findByName(UUID organisationId, String name) {
        return jdbc.sql("""
                        select id, organisation_id, code, name from ward where organisation_id = ? and lower(name) = ?""")
                .params(organisationId, name.toLowerCase(Locale.ROOT)).query(WardRepository::map).optional();
    }

    /** Optimistic: false when someone else changed the ward since {@code version} was read. */
    public boolean rename(UUID organisationId, UUID wardId, int version, String code, String name) {
        return jdbc.sql("""
                        update ward set code = :code, name = :name, version = version + 1
                        where organisation_id = :org and id = :id and version = :version""")
                .param("code", code).param("name", name).param("org", organisationId).param("id", wardId)
                .param("version", version).update() == 1;
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
