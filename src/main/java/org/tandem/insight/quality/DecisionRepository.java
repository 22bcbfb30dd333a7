package org.tandem.insight.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;

import static org.tandem.platform.Timestamps.date;
import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/**
 * Decisions on services, and what providers may reach of them. The commissioning organisation reads its own; a
 * provider reads only decisions on services it provides, and only once the round's results are shared.
 */
@Repository
public class DecisionRepository {

    private static final String COLUMNS = """
            d.id, d.round_id, d.service_id, d.recommended, d.decided, d.reason, d.progress_by, d.decided_by_name,
            d.decided_at""";
    private static final String SHARED_WITH_PROVIDER = """
            from quality_decision d join quality_round r on r.id = d.round_id
            join funded_service s on s.id = d.service_id and s.organisation_id = d.organisation_id
            where s.provider_organisation_id = :provider and r.status in ('SHARED', 'CLOSED')""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Decision> decisionsOf(UUID organisationId, UUID roundId) {
        return jdbc.sql("select " + COLUMNS + " from quality_decision d where d.organisation_id = ? "
                        + "and d.round_id = ?")
                .params(organisationId, roundId).query(DecisionRepository::map).list();
    }

    public Optional<Decision> find(UUID organisationId, UUID roundId, UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + " from quality_decision d where d.organisation_id = ? "
                        + "and d.round_id = ? and d.service_id = ?")
                .params(organisationId, roundId, serviceId).query(DecisionRepository::map).optional();
    }

    /** Records the decision, replacing an earlier one on the same service (allowed until results are shared). */
    public Decision save(UUID organisationId, UUID roundId, UUID serviceId, Rating recommended, DecisionDraft draft,
                         UUID by, String byName, Instant now) {
        Optional<Decision> earlier = find(organisationId, roundId, serviceId);
        UUID id = earlier.map(Decision::id).orElseGet(UUID::randomUUID);
        if (earlier.isPresent()) {
            jdbc.sql("""
                    update quality_decision set recommended = ?, decided = ?, reason = ?, progress_by = ?,
                        decided_by = ?, decided_by_name = ?, decided_at = ?
                    where organisation_id = ? and id = ?""")
                    .params(recommended.name(), draft.decided().name(), draft.reason(), draft.progressBy(), by,
                            byName, utc(now), organisationId, id)
                    .update();
        } else {
            jdbc.sql("""
                    insert into quality_decision (id, organisation_id, round_id, service_id, recommended, decided,
                        reason, progress_by, decided_by, decided_by_name, decided_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, organisationId, roundId, serviceId, recommended.name(), draft.decided().name(),
                            draft.reason(), draft.progressBy(), by, byName, utc(now))
                    .update();
        }
        return new Decision(id, roundId, serviceId, recommended, draft.decided(), draft.reason(), draft.progressBy(),
                byName, now);
    }

    public ResultPage<SharedResult> sharedWith(UUID providerOrganisationId, PageRequest page) {
        long total = jdbc.sql("select count(*) " + SHARED_WITH_PROVIDER).param("provider", providerOrganisationId)
                .query(Long.class).single();
        List<SharedResult> rows = jdbc.sql("select " + COLUMNS + ", r.organisation_id, r.title, r.status, "
                        + "s.name as service_name " + SHARED_WITH_PROVIDER
                        + " order by d.decided_at desc, d.id limit :limit offset :offset")
                .param("provider", providerOrganisationId).param("limit", page.size())
                .param("offset", page.offset())
                .query(DecisionRepository::shared).list();
        return new ResultPage<>(rows, page.page(), page.size(), total);
    }

    public Optional<SharedResult> sharedWith(UUID providerOrganisationId, UUID decisionId) {
        return jdbc.sql("select " + COLUMNS + ", r.organisation_id, r.title, r.status, s.name as service_name "
                        + SHARED_WITH_PROVIDER + " and d.id = :id")
                .param("provider", providerOrganisationId).param("id", decisionId)
                .query(DecisionRepository::shared).optional();
    }

    private static SharedResult shared(ResultSet rs, int row) throws SQLException {
        return new SharedResult(map(rs, row), rs.getObject("organisation_id", UUID.class),
                rs.getObject("round_id", UUID.class), rs.getString("title"),
                RoundStatus.valueOf(rs.getString("status")), rs.getString("service_name"));
    }

    private static Decision map(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
                rs.getObject("service_id", UUID.class), Rating.valueOf(rs.getString("recommended")),
                Rating.valueOf(rs.getString("decided")), rs.getString("reason"), date(rs, "progress_by"),
                rs.getString("decided_by_name"), instant(rs, "decided_at"));
    }
}
