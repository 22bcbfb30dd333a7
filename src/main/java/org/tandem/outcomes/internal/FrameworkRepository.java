package org.tandem.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.VersionStatus;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** Frameworks and their versions, always within one organisation. */
@Repository
public class FrameworkRepository {

    private static final String FRAMEWORK_COLUMNS = "id, organisation_id, commission_id, title, purpose, created_at";
    private static final String VERSION_COLUMNS = """
            id, organisation_id, framework_id, number, status, based_on_number, note, review_group_id,
            review_group_name, created_at, created_by_name, sent_for_review_at, agreed_at, version""";

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FrameworkView> find(UUID organisationId, UUID frameworkId) {
        return one("id = :key", organisationId, frameworkId);
    }

    public Optional<FrameworkView> forCommission(UUID organisationId, UUID commissionId) {
        return one("commission_id = :key", organisationId, commissionId);
    }

    /** The organisation's frameworks: templates first, then commissions' frameworks, by title. */
    public List<FrameworkView> all(UUID organisationId) {
        List<Bare> bare = jdbc.sql("select " + FRAMEWORK_COLUMNS + " from outcomes_framework where organisation_id = ?"
                        + " order by case when commission_id is null then 0 else 1 end, lower(title), id")
                .param(organisationId).query(FrameworkRepository::bare).list();
        Map<UUID, List<FrameworkVersionView>> versions = new HashMap<>();
        jdbc.sql("select " + VERSION_COLUMNS + " from outcomes_framework_version where organisation_id = ?")
                .param(organisationId).query(FrameworkRepository::version).list()
                .forEach(v -> versions.computeIfAbsent(v.frameworkId(), k -> new ArrayList<>()).add(v));
        return bare.stream().map(b -> b.with(versions.getOrDefault(b.id, List.of()))).toList();
    }

    /**
     * Holds the framework's row until the transaction ends, so two people starting a new version (or agreeing and
     * starting one) take turns rather than both succeeding.
     */
    public boolean lock(UUID organisationId, UUID frameworkId) {
        return jdbc.sql("select id from outcomes_framework where id = ? and organisation_id = ? for update")
                .params(frameworkId, organisationId).query(UUID.class).optional().isPresent();
    }

    public void insert(UUID id, UUID organisationId, UUID commissionId, String title, String purpose, Instant now) {
        jdbc.sql("""
                insert into outcomes_framework (id, organisation_id, commission_id, title, purpose, created_at,
                                                updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, commissionId, title, purpose, utc(now), utc(now)).update();
    }

    public void rename(UUID organisationId, UUID frameworkId, String title, String purpose, Instant now) {
        jdbc.sql("update outcomes_framework set title = ?, purpose = ?, updated_at = ?"
                        + " where id = ? and organisation_id = ?")
                .params(title, purpose, utc(now), frameworkId, organisationId).update();
    }

    public Optional<FrameworkVersionView> version(UUID organisationId, UUID versionId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from outcomes_framework_version"
                        + " where id = ? and organisation_id = ?")
                .params(versionId, organisationId).query(FrameworkRepository::version).optional();
    }

    /**
     * The version, its row held until the transaction ends: every change to a version's outcomes takes this first,
     * so a change and the version's agreement never interleave and nothing slips into an agreed version.
     */
    public Optional<FrameworkVersionView> lockVersion(UUID organisationId, UUID versionId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from outcomes_framework_version"
                        + " where id = ? and organisation_id = ? for update")
                .params(versionId, organisationId).query(FrameworkRepository::version).optional();
    }

    public void insertVersion(UUID id, UUID organisationId, UUID frameworkId, int number, Integer basedOn,
                              String note, String createdByName, Instant now) {
        jdbc.sql("""
                insert into outcomes_framework_version (id, organisation_id, framework_id, number, status,
                    based_on_number, note, created_at, created_by_name, updated_at, version)
                values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, 0)""")
                .params(id, organisationId, frameworkId, number, basedOn, note, utc(now), createdByName, utc(now))
                .update();
    }

    public void sendForReview(UUID organisationId, UUID versionId, UUID groupId, String groupName, Instant now) {
        jdbc.sql("""
                update outcomes_framework_version set status = 'IN_REVIEW', review_group_id = ?, review_group_name = ?,
                    sent_for_review_at = ?, updated_at = ?, version = version + 1
                where id = ? and organisation_id = ?""")
                .params(groupId, groupName, utc(now), utc(now), versionId, organisationId).update();
    }

    public void backToDraft(UUID organisationId, UUID versionId, Instant now) {
        jdbc.sql("""
                update outcomes_framework_version set status = 'DRAFT', review_group_id = null,
                    review_group_name = null, sent_for_review_at = null, updated_at = ?, version = version + 1
                where id = ? and organisation_id = ?""")
                .params(utc(now), versionId, organisationId).update();
    }

    public void agree(UUID organisationId, UUID versionId, Instant now) {
        jdbc.sql("""
                update outcomes_framework_version set status = 'AGREED', agreed_at = ?, updated_at = ?,
                    version = version + 1
                where id = ? and organisation_id = ? and status = 'IN_REVIEW'""")
                .params(utc(now), utc(now), versionId, organisationId).update();
    }

    /** Marks the version changed, so a form loaded before a change to its outcomes knows it is out of date. */
    public void touch(UUID organisationId, UUID versionId, Instant now) {
        jdbc.sql("update outcomes_framework_version set updated_at = ? where id = ? and organisation_id = ?")
                .params(utc(now), versionId, organisationId).update();
    }

    private Optional<FrameworkView> one(String where, UUID organisationId, UUID key) {
        return jdbc.sql("select " + FRAMEWORK_COLUMNS + " from outcomes_framework where organisation_id = :org and "
                        + where)
                .param("org", organisationId).param("key", key).query(FrameworkRepository::bare).optional()
                .map(b -> b.with(jdbc.sql("select " + VERSION_COLUMNS + " from outcomes_framework_version"
                                + " where framework_id = ? and organisation_id = ? order by number")
                        .params(b.id, organisationId).query(FrameworkRepository::version).list()));
    }

    private record Bare(UUID id, UUID organisationId, UUID commissionId, String title, String purpose,
                        Instant createdAt) {
        FrameworkView with(List<FrameworkVersionView> versions) {
            return new FrameworkView(id, organisationId, commissionId, title, purpose, versions, createdAt);
        }
    }

    private static Bare bare(ResultSet rs, int row) throws SQLException {
        return new Bare(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("commission_id", UUID.class), rs.getString("title"), rs.getString("purpose"),
                instant(rs, "created_at"));
    }

    private static FrameworkVersionView version(ResultSet rs, int row) throws SQLException {
        Integer basedOn = rs.getObject("based_on_number", Integer.class);
        return new FrameworkVersionView(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("framework_id", UUID.class), rs.getInt("number"),
                VersionStatus.valueOf(rs.getString("status")), basedOn, rs.getString("note"),
                rs.getObject("review_group_id", UUID.class), rs.getString("review_group_name"),
                instant(rs, "created_at"), rs.getString("created_by_name"), instant(rs, "sent_for_review_at"),
                instant(rs, "agreed_at"), rs.getInt("version"));
    }
}
