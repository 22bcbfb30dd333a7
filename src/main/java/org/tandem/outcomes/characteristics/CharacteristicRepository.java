package org.tandem.outcomes.characteristics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.utc;

/** A commission's quality characteristics, in their order. */
@Repository
class CharacteristicRepository {

    private static final String COLUMNS = "id, commission_id, position, name, users_words, professional_words, version";

    private final JdbcClient jdbc;

    CharacteristicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<QualityCharacteristic> of(UUID organisationId, UUID commissionId) {
        return jdbc.sql("select " + COLUMNS + " from quality_characteristic where organisation_id = ? "
                        + "and commission_id = ? order by position, id")
                .params(organisationId, commissionId).query(CharacteristicRepository::map).list();
    }

    Optional<QualityCharacteristic> find(UUID organisationId, UUID commissionId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from quality_characteristic where organisation_id = ? "
                        + "and commission_id = ? and id = ?")
                .params(organisationId, commissionId, id).query(CharacteristicRepository::map).optional();
    }

    boolean nameTaken(UUID commissionId, String name, UUID except) {
        return jdbc.sql("select count(*) from quality_characteristic where commission_id = ? and name_key = ? "
                        + "and id <> ?")
                .params(commissionId, key(name), except == null ? new UUID(0, 0) : except)
                .query(Long.class).single() > 0;
    }

    int count(UUID organisationId, UUID commissionId) {
        return jdbc.sql("select count(*) from quality_characteristic where organisation_id = ? and commission_id = ?")
                .params(organisationId, commissionId).query(Integer.class).single();
    }

    /** Adds the characteristic after the commission's last one. */
    UUID add(UUID organisationId, UUID commissionId, CharacteristicDraft draft, Instant now) {
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from quality_characteristic "
                        + "where commission_id = ?")
                .param(commissionId).query(Integer.class).single();
        jdbc.sql("""
                insert into quality_characteristic (id, organisation_id, commission_id, position, name, name_key,
                    users_words, professional_words, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, organisationId, commissionId, position, draft.name(), key(draft.name()),
                        draft.usersWords(), draft.professionalWords(), utc(now), utc(now))
                .update();
        return id;
    }

    /** Optimistic: false when someone else saved the characteristic since {@code version} was read. */
    boolean change(UUID organisationId, UUID id, int version, CharacteristicDraft draft, Instant now) {
        return jdbc.sql("""
                        update quality_characteristic set name = ?, name_key = ?, users_words = ?,
                            professional_words = ?, updated_at = ?, version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                .params(draft.name(), key(draft.name()), draft.usersWords(), draft.professionalWords(), utc(now),
                        organisationId, id, version)
                .update() == 1;
    }

    /** Gives the two characteristics each other's place in the order. */
    void swap(UUID organisationId, QualityCharacteristic a, QualityCharacteristic b) {
        jdbc.sql("update quality_characteristic set position = ? where organisation_id = ? and id = ?")
                .params(b.position(), organisationId, a.id()).update();
        jdbc.sql("update quality_characteristic set position = ? where organisation_id = ? and id = ?")
                .params(a.position(), organisationId, b.id()).update();
    }

    void remove(UUID organisationId, UUID id) {
        jdbc.sql("delete from quality_characteristic where organisation_id = ? and id = ?")
                .params(organisationId, id).update();
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static QualityCharacteristic map(ResultSet rs, int row) throws SQLException {
        return new QualityCharacteristic(rs.getObject("id", UUID.class), rs.getObject("commission_id", UUID.class),
                rs.getInt("position"), rs.getString("name"), rs.getString("users_words"),
                rs.getString("professional_words"), rs.getInt("version"));
    }
}
