package org.tandem.commissions.internal;

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
import org.tandem.commissions.ChecklistItem;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.Phase;
import org.tandem.platform.Money;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;
import org.tandem.platform.ServiceArea;

import static org.tandem.platform.Timestamps.date;
import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
public class CommissionRepository {

    /** Sort orders offered on the list page; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        TITLE("title_key, id"), STARTS("starts_on desc, title_key"), BUDGET("budget desc, title_key"),
        PHASE("phase_order, title_key"), NEWEST("created_at desc, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Filters for the list page; nulls mean "any". */
    public record Filter(String text, Phase phase, CommissioningLevel level) {
    }

    private static final String COLUMNS = """
            id, organisation_id, title, summary, service_area, level, budget, starts_on, ends_on, phase, created_at,
            version""";
    /** Lower-cased title for sorting, and the cycle's order for the phase column. */
    private static final String DERIVED = """
            , lower(title) as title_key,
            case phase when 'INSIGHT' then 1 when 'PLANNING' then 2 when 'DELIVERY' then 3 else 4 end as phase_order""";
    private static final String VISIBLE_TO = """
            (organisation_id = :org or id in (select commission_id from commission_partner where organisation_id = :org))""";

    private final JdbcClient jdbc;

    CommissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commission, if the organisation leads it or is a partner in it. */
    public Optional<CommissionRow> findVisibleTo(UUID id, UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from commission where id = :id and " + VISIBLE_TO)
                .param("id", id).param("org", organisationId)
                .query(CommissionRepository::map).optional()
                .map(row -> withPartners(List.of(row)).getFirst());
    }

    public ResultPage<CommissionRow> visibleTo(UUID organisationId, Filter filter, Sort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where ").append(VISIBLE_TO);
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and (lower(title) like :text or lower(summary) like :text)");
            params.put("text", pattern);
        }
        if (filter.phase() != null) {
            where.append(" and phase = :phase");
            params.put("phase", filter.phase().name());
        }
        if (filter.level() != null) {
            where.append(" and level = :level");
            params.put("level", filter.level().name());
        }
        long total = jdbc.sql("select count(*) from commission" + where).params(params).query(Long.class).single();
        List<CommissionRow> rows = jdbc.sql("select " + COLUMNS + DERIVED + " from commission" + where
                        + " order by " + (sort == null ? Sort.TITLE : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(CommissionRepository::map).list();
        return new ResultPage<>(withPartners(rows), page.page(), page.size(), total);
    }

    public void insert(UUID id, UUID organisationId, CommissionDraft draft, Phase phase, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into commission (id, organisation_id, title, summary, service_area, level, budget, starts_on,
                                        ends_on, phase, created_at, created_by, updated_at, version)
                values (:id, :org, :title, :summary, :area, :level, :budget, :starts, :ends, :phase, :now, :by, :now, 0)""")
                .param("id", id).param("org", organisationId).params(draftParams(draft)).param("phase", phase.name())
                .param("now", utc(now)).param("by", createdBy)
                .update();
        replacePartners(id, draft.partnerIds());
    }

    /** Optimistic: false when someone else saved the commission since {@code version} was read. */
    public boolean update(UUID id, int version, CommissionDraft draft, Instant now) {
        int rows = jdbc.sql("""
                update commission set title = :title, summary = :summary, service_area = :area, level = :level,
                       budget = :budget, starts_on = :starts, ends_on = :ends, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .params(draftParams(draft)).param("now", utc(now)).param("id", id).param("version", version)
                .update();
        if (rows == 1) {
            replacePartners(id, draft.partnerIds());
        }
        return rows == 1;
    }

    public boolean movePhase(UUID id, int version, Phase from, Phase to, Instant now) {
        return jdbc.sql("""
                update commission set phase = :to, updated_at = :now, version = version + 1
                where id = :id and version = :version and phase = :from""")
                .param("to", to.name()).param("now", utc(now)).param("id", id).param("version", version)
                .param("from", from.name())
                .update() == 1;
    }

    public void recordPhaseChange(UUID commissionId, Phase from, Phase to, String reason, UUID by, String byName,
                                  Instant now) {
        jdbc.sql("""
                insert into commission_phase_change (id, commission_id, from_phase, to_phase, reason, changed_by,
                                                     changed_by_name, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), commissionId, from == null ? null : from.name(), to.name(), reason, by,
                        byName, utc(now))
                .update();
    }

    public List<PhaseChange> phaseChanges(UUID commissionId) {
        return jdbc.sql("""
                select from_phase, to_phase, reason, changed_by_name, changed_at from commission_phase_change
                where commission_id = ? order by changed_at, id""")
                .param(commissionId)
                .query((rs, n) -> new PhaseChange(
                        rs.getString("from_phase") == null ? null : Phase.valueOf(rs.getString("from_phase")),
                        Phase.valueOf(rs.getString("to_phase")), rs.getString("reason"),
                        rs.getString("changed_by_name"), instant(rs, "changed_at")))
                .list();
    }

    public List<ChecklistTick> ticks(UUID commissionId) {
        // A key no longer in the checklist (an item retired in a later version) is simply not shown.
        return jdbc.sql("""
                        select item_key, note, ticked_by_name, ticked_at from commission_checklist_tick
                        where commission_id = ?""")
                .param(commissionId)
                .query((rs, n) -> new StoredTick(rs.getString("item_key"), rs.getString("note"),
                        rs.getString("ticked_by_name"), instant(rs, "ticked_at")))
                .list().stream()
                .flatMap(t -> ChecklistItem.byKey(t.key())
                        .map(item -> new ChecklistTick(item, t.note(), t.byName(), t.at())).stream())
                .toList();
    }

    private record StoredTick(String key, String note, String byName, Instant at) {
    }

    public void tick(UUID commissionId, ChecklistItem item, String note, UUID by, String byName, Instant now) {
        untick(commissionId, item);
        jdbc.sql("""
                insert into commission_checklist_tick (commission_id, item_key, note, ticked_by, ticked_by_name, ticked_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(commissionId, item.key(), note, by, byName, utc(now)).update();
    }

    public boolean untick(UUID commissionId, ChecklistItem item) {
        return jdbc.sql("delete from commission_checklist_tick where commission_id = ? and item_key = ?")
                .params(commissionId, item.key()).update() == 1;
    }

    private void replacePartners(UUID commissionId, Collection<UUID> partnerIds) {
        jdbc.sql("delete from commission_partner where commission_id = ?").param(commissionId).update();
        for (UUID partner : partnerIds) {
            jdbc.sql("insert into commission_partner (commission_id, organisation_id) values (?, ?)")
                    .params(commissionId, partner).update();
        }
    }

    private List<CommissionRow> withPartners(List<CommissionRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<UUID>> partners = new HashMap<>();
        jdbc.sql("select commission_id, organisation_id from commission_partner where commission_id in (:ids)")
                .param("ids", rows.stream().map(CommissionRow::id).toList())
                .query(rs -> {
                    partners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return rows.stream().map(r -> new CommissionRow(r.id(), r.organisationId(),
                partners.getOrDefault(r.id(), List.of()), r.title(), r.summary(), r.serviceArea(), r.level(),
                r.budget(), r.startsOn(), r.endsOn(), r.phase(), r.createdAt(), r.version())).toList();
    }

    private static Map<String, Object> draftParams(CommissionDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", d.title());
        params.put("summary", d.summary());
        params.put("area", d.serviceArea().name());
        params.put("level", d.level().name());
        params.put("budget", d.budget().amount());
        params.put("starts", d.startsOn());
        params.put("ends", d.endsOn());
        return params;
    }

    private static CommissionRow map(ResultSet rs, int row) throws SQLException {
        return new CommissionRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), List.of(),
                rs.getString("title"), rs.getString("summary"), ServiceArea.valueOf(rs.getString("service_area")),
                CommissioningLevel.valueOf(rs.getString("level")), new Money(rs.getBigDecimal("budget")),
                date(rs, "starts_on"), date(rs, "ends_on"), Phase.valueOf(rs.getString("phase")),
                instant(rs, "created_at"), rs.getInt("version"));
    }
}
