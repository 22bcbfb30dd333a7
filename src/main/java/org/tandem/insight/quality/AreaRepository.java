package org.tandem.insight.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A round's quality areas, in their order. */
@Repository
public class AreaRepository {

    private static final String COLUMNS = "id, round_id, position, name, question, green_guide, amber_guide, red_guide";

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QualityArea> areasOf(UUID organisationId, UUID roundId) {
        return jdbc.sql("select " + COLUMNS + " from quality_area where organisation_id = ? and round_id = ? "
                        + "order by position, id")
                .params(organisationId, roundId).query(AreaRepository::map).list();
    }

    public Optional<QualityArea> find(UUID organisationId, UUID roundId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from quality_area where organisation_id = ? and round_id = ? "
                        + "and id = ?")
                .params(organisationId, roundId, id).query(AreaRepository::map).optional();
    }

    public boolean nameTaken(UUID roundId, String name, UUID except) {
        return jdbc.sql("select count(*) from quality_area where round_id = ? and name_key = ? and id <> ?")
                .params(roundId, key(name), except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
    }

    /** Adds the area after the round's last one. */
    public QualityArea add(UUID organisationId, UUID roundId, AreaDraft draft) {
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from quality_area where round_id = ?")
                .param(roundId).query(Integer.class).single();
        jdbc.sql("""
                insert into quality_area (id, organisation_id, round_id, position, name, name_key, question,
                    green_guide, amber_guide, red_guide)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, roundId, position, draft.name(), key(draft.name()), draft.question(),
                        draft.greenGuide(), draft.amberGuide(), draft.redGuide())
                .update();
        return new QualityArea(id, roundId, position, draft.name(), draft.question(), draft.greenGuide(),
                draft.amberGuide(), draft.redGuide());
    }

    public void change(UUID organisationId, UUID id, AreaDraft draft) {
        jdbc.sql("""
                update quality_area set name = ?, name_key = ?, question = ?, green_guide = ?, amber_guide = ?,
                    red_guide = ?
                where organisation_id = ? and id = ?""")
                .params(draft.name(), key(draft.name()), draft.question(), draft.greenGuide(), draft.amberGuide(),
                        draft.redGuide(), organisationId, id)
                .update();
    }

    /** Gives the two areas each other's place in the order. */
    public void swap(UUID organisationId, QualityArea a, QualityArea b) {
        jdbc.sql("update quality_area set position = ? where organisation_id = ? and id = ?")
                .params(b.position(), organisationId, a.id()).update();
        jdbc.sql("update quality_area set position = ? where organisation_id = ? and id = ?")
                .params(a.position(), organisationId, b.id()).update();
    }

    public void remove(UUID organisationId, UUID id) {
        jdbc.sql("delete from quality_area where organisation_id = ? and id = ?").params(organisationId, id)
                .update();
    }

    /** Names are unique in a round whatever their case or spacing, so "Feeling welcome" cannot appear twice. */
    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static QualityArea map(ResultSet rs, int row) throws SQLException {
        return new QualityArea(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
                rs.getInt("position"), rs.getString("name"), rs.getString("question"), rs.getString("green_guide"),
                rs.getString("amber_guide"), rs.getString("red_guide"));
    }
}
