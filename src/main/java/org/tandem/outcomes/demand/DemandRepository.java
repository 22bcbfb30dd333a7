package org.tandem.outcomes.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.Timestamps;

import static org.tandem.platform.Timestamps.utc;

/** Demand views, one per need at most, kept under the organisation that leads the commission. */
@Repository
class DemandRepository {

    private static final String COLUMNS = """
            id, commission_id, need_id, measure, recognised, behaviour_change, co_production, basis,
            behaviour_change_how, co_production_how, signed_off_by, signed_off_at_body, signed_off_on, updated_at,
            version""";

    private final JdbcClient jdbc;

    DemandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DemandView> of(UUID organisationId, UUID commissionId, Map<UUID, String> needTitles) {
        return jdbc.sql("select " + COLUMNS + " from demand_view where organisation_id = ? and commission_id = ?")
                .params(organisationId, commissionId)
                .query((rs, n) -> map(rs, needTitles.get(rs.getObject("need_id", UUID.class)))).list();
    }

    Optional<DemandView> find(UUID organisationId, UUID commissionId, UUID needId, String needTitle) {
        return jdbc.sql("select " + COLUMNS + " from demand_view where organisation_id = ? and commission_id = ? "
                        + "and need_id = ?")
                .params(organisationId, commissionId, needId).query((rs, n) -> map(rs, needTitle)).optional();
    }

    void insert(UUID organisationId, UUID commissionId, UUID needId, DemandDraft draft, Instant now) {
        DemandFigures f = draft.figures();
        PoliticalSignOff s = draft.signOff();
        jdbc.sql("""
                insert into demand_view (id, organisation_id, commission_id, need_id, measure, recognised,
                    behaviour_change, co_production, basis, behaviour_change_how, co_production_how, signed_off_by,
                    signed_off_at_body, signed_off_on, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), organisationId, commissionId, needId, f.measure().name(), f.recognised(),
                        f.behaviourChange(), f.coProduction(), draft.basis(), draft.behaviourChangeHow(),
                        draft.coProductionHow(), s == null ? null : s.by(), s == null ? null : s.body(),
                        s == null ? null : s.on(), utc(now), utc(now))
                .update();
    }

    /** Optimistic: false when someone else saved the view since {@code version} was read. */
    boolean update(UUID organisationId, UUID needId, int version, DemandDraft draft, Instant now) {
        DemandFigures f = draft.figures();
        PoliticalSignOff s = draft.signOff();
        return jdbc.sql("""
                        update demand_view set measure = ?, recognised = ?, behaviour_change = ?, co_production = ?,
                            basis = ?, behaviour_change_how = ?, co_production_how = ?, signed_off_by = ?,
                            signed_off_at_body = ?, signed_off_on = ?, updated_at = ?, version = version + 1
                        where organisation_id = ? and need_id = ? and version = ?""")
                .params(f.measure().name(), f.recognised(), f.behaviourChange(), f.coProduction(), draft.basis(),
                        draft.behaviourChangeHow(), draft.coProductionHow(), s == null ? null : s.by(),
                        s == null ? null : s.body(), s == null ? null : s.on(), utc(now), organisationId, needId,
                        version)
                .update() == 1;
    }

    void delete(UUID organisationId, UUID needId) {
        jdbc.sql("delete from demand_view where organisation_id = ? and need_id = ?").params(organisationId, needId)
                .update();
    }

    private static DemandView map(ResultSet rs, String needTitle) throws SQLException {
        DemandMeasure measure = DemandMeasure.valueOf(rs.getString("measure"));
        DemandFigures figures = new DemandFigures(measure, amount(rs, "recognised", measure),
                amount(rs, "behaviour_change", measure), amount(rs, "co_production", measure));
        String by = rs.getString("signed_off_by");
        PoliticalSignOff signOff = by == null ? null : new PoliticalSignOff(by, rs.getString("signed_off_at_body"),
                Timestamps.date(rs, "signed_off_on"));
        DemandDraft details = new DemandDraft(figures, rs.getString("basis"), rs.getString("behaviour_change_how"),
                rs.getString("co_production_how"), signOff);
        return new DemandView(rs.getObject("id", UUID.class), rs.getObject("commission_id", UUID.class),
                rs.getObject("need_id", UUID.class), needTitle, details, Timestamps.instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    /** Money keeps its pence; whole numbers read back whole, so 1200 people is never 1200.00 people. */
    private static BigDecimal amount(ResultSet rs, String column, DemandMeasure measure) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column).setScale(2, RoundingMode.UNNECESSARY);
        if (measure == DemandMeasure.POUNDS || value.stripTrailingZeros().scale() > 0) {
            return value;
        }
        return value.setScale(0, RoundingMode.UNNECESSARY);
    }
}
