package org.tandem.outcomes.logic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.utc;

/** The rows of a commission's outcomes review table, community-level first, each level in the order added. */
@Repository
class OutcomesReviewRepository {

    private static final String COLUMNS = "id, level, position, outcome, data_collected, source_document";

    private final JdbcClient jdbc;

    OutcomesReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReviewRow> of(UUID organisationId, UUID commissionId) {
        return jdbc.sql("select " + COLUMNS + " from outcome_review_row where organisation_id = ? "
                        + "and commission_id = ? order by case level when 'COMMUNITY' then 0 else 1 end, position, id")
                .params(organisationId, commissionId).query(OutcomesReviewRepository::map).list();
    }

    Optional<ReviewRow> find(UUID organisationId, UUID commissionId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from outcome_review_row where organisation_id = ? "
                        + "and commission_id = ? and id = ?")
                .params(organisationId, commissionId, id).query(OutcomesReviewRepository::map).optional();
    }

    int count(UUID organisationId, UUID commissionId) {
        return jdbc.sql("select count(*) from outcome_review_row where organisation_id = ? and commission_id = ?")
                .params(organisationId, commissionId).query(Integer.class).single();
    }

    UUID add(UUID organisationId, UUID commissionId, ReviewRowDraft draft, Instant now) {
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from outcome_review_row "
                        + "where commission_id = ? and level = ?")
                .params(commissionId, draft.level().name()).query(Integer.class).single();
        jdbc.sql("""
                insert into outcome_review_row (id, organisation_id, commission_id, level, position, outcome,
                    data_collected, source_document, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, commissionId, draft.level().name(), position, draft.outcome(),
                        draft.dataCollected(), draft.sourceDocument(), utc(now))
                .update();
        return id;
    }

    void remove(UUID organisationId, UUID commissionId, UUID id) {
        jdbc.sql("delete from outcome_review_row where organisation_id = ? and commission_id = ? and id = ?")
                .params(organisationId, commissionId, id).update();
    }

    private static ReviewRow map(ResultSet rs, int row) throws SQLException {
        return new ReviewRow(rs.getObject("id", UUID.class), ReviewLevel.valueOf(rs.getString("level")),
                rs.getInt("position"), rs.getString("outcome"), rs.getString("data_collected"),
                rs.getString("source_document"));
    }
}
