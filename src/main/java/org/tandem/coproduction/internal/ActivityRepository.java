package org.tandem.coproduction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.date;
import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** Activities and what hangs off them (counts, Co's, named people, equalities), always within one organisation. */
@Repository
public class ActivityRepository {

    /** Sort orders offered on the list; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        NEWEST("held_on desc, lower(title), id"), OLDEST("held_on, lower(title), id"), TITLE("lower(title), id"),
        RUNG("rung_order desc, held_on desc, id"), PARTICIPANTS("participant_total desc, held_on desc, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Filters for the list; nulls mean "any". A Co matches its kinds too. */
    public record Filter(String text, Phase phase, LadderRung rung, CoProductionMode mode, ActivityMethod method) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    private static final String COLUMNS = """
            id, organisation_id, commission_id, held_on, phase, method, method_detail, title, purpose, rung,
            decision_level, what_changed, recorded_by_name, created_at, updated_at, version""";
    /** The ladder's order, lowest rung first, for sorting by rung. */
    private static final String RUNG_ORDER = """
            , case rung when 'COERCING' then 1 when 'EDUCATING' then 2 when 'INFORMING' then 3 when 'CONSULTING' then 4
              when 'ENGAGING' then 5 when 'CO_DESIGNING' then 6 else 7 end as rung_order""";

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Activity> find(UUID organisationId, UUID commissionId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coproduction_activity"
                        + " where id = :id and organisation_id = :org and commission_id = :commission")
                .param("id", id).param("org", organisationId).param("commission", commissionId)
                .query(ActivityRepository::map).optional()
                .map(a -> complete(organisationId, List.of(a)).getFirst());
    }

    public ResultPage<Activity> page(UUID organisationId, UUID commissionId, Filter filter, Sort sort,
                                     PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org and commission_id = :commission");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("commission", commissionId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and (lower(title) like :text escape '\\' or lower(purpose) like :text escape '\\'"
                    + " or lower(what_changed) like :text escape '\\')");
            params.put("text", pattern);
        }
        if (filter.phase() != null) {
            where.append(" and phase = :phase");
            params.put("phase", filter.phase().name());
        }
        if (filter.rung() != null) {
            where.append(" and rung = :rung");
            params.put("rung", filter.rung().name());
        }
        if (filter.method() != null) {
            where.append(" and method = :method");
            params.put("method", filter.method().name());
        }
        if (filter.mode() != null) {
            where.append(" and id in (select activity_id from coproduction_mode where organisation_id = :org"
                    + " and mode in (:modes))");
            params.put("modes", filter.mode().withKinds().stream().map(Enum::name).toList());
        }
        long total = jdbc.sql("select count(*) from coproduction_activity" + where).params(params)
                .query(Long.class).single();
        List<Activity> rows = jdbc.sql("select " + COLUMNS + RUNG_ORDER + ", participant_total"
                        + " from coproduction_activity" + where
                        + " order by " + (sort == null ? Sort.NEWEST : sort).orderBy
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ActivityRepository::map).list();
        return new ResultPage<>(complete(organisationId, rows), page.page(), page.size(), total);
    }

    /** Every activity of the commission, oldest first: for the summary and the export. */
    public List<Activity> all(UUID organisationId, UUID commissionId) {
        return complete(organisationId, jdbc.sql("select " + COLUMNS + " from coproduction_activity"
                        + " where organisation_id = ? and commission_id = ? order by held_on, lower(title), id")
                .params(organisationId, commissionId).query(ActivityRepository::map).list());
    }

    public long count(UUID organisationId, UUID commissionId) {
        return jdbc.sql("select count(*) from coproduction_activity where organisation_id = ? and commission_id = ?")
                .params(organisationId, commissionId).query(Long.class).single();
    }

    public void insert(UUID id, UUID organisationId, UUID commissionId, ActivityDetails details, List<Named> named,
                       UUID recordedBy, String recordedByName, Instant now) {
        jdbc.sql("""
                insert into coproduction_activity (id, organisation_id, commission_id, held_on, phase, method,
                    method_detail, title, purpose, rung, decision_level, what_changed, participant_total, recorded_by,
                    recorded_by_name, created_at, updated_at, version)
                values (:id, :org, :commission, :heldOn, :phase, :method, :methodDetail, :title, :purpose, :rung,
                    :level, :whatChanged, :total, :by, :byName, :now, :now, 0)""")
                .param("id", id).param("org", organisationId).param("commission", commissionId)
                .params(detailParams(details)).param("by", recordedBy).param("byName", recordedByName)
                .param("now", utc(now))
                .update();
        insertChildren(id, organisationId, details, named);
    }

    /** Optimistic: false when someone else saved the activity since {@code version} was read. */
    public boolean update(UUID organisationId, UUID id, int version, ActivityDetails details, List<Named> named,
                          Instant now) {
        int rows = jdbc.sql("""
                update coproduction_activity set held_on = :heldOn, phase = :phase, method = :method,
                    method_detail = :methodDetail, title = :title, purpose = :purpose, rung = :rung,
                    decision_level = :level, what_changed = :whatChanged, participant_total = :total,
                    updated_at = :now, version = version + 1
                where id = :id and organisation_id = :org and version = :version""")
                .params(detailParams(details)).param("now", utc(now)).param("id", id).param("org", organisationId)
                .param("version", version)
                .update();
        if (rows == 1) {
            for (String table : CHILD_TABLES) {
                jdbc.sql("delete from " + table + " where activity_id = ? and organisation_id = ?")
                        .params(id, organisationId).update();
            }
            insertChildren(id, organisationId, details, named);
        }
        return rows == 1;
    }

    public boolean delete(UUID organisationId, UUID id) {
        return jdbc.sql("delete from coproduction_activity where id = ? and organisation_id = ?")
                .params(id, organisationId).update() == 1;
    }

    /** A named person as stored: the key that recognises them across activities, and their name. */
    public record Named(String key, UUID personId, String name) {
    }

    private static final List<String> CHILD_TABLES = List.of("coproduction_participant_count", "coproduction_mode",
            "coproduction_named_person", "coproduction_equality_count");

    private void insertChildren(UUID id, UUID organisationId, ActivityDetails details, List<Named> named) {
        details.participants().forEach((kind, n) -> jdbc.sql("""
                        insert into coproduction_participant_count (activity_id, organisation_id, kind, participants)
                        values (?, ?, ?, ?)""").params(id, organisationId, kind.name(), n).update());
        details.modes().forEach(mode -> jdbc.sql("""
                        insert into coproduction_mode (activity_id, organisation_id, mode) values (?, ?, ?)""")
                .params(id, organisationId, mode.name()).update());
        for (int i = 0; i < named.size(); i++) {
            Named person = named.get(i);
            jdbc.sql("""
                    insert into coproduction_named_person (activity_id, organisation_id, person_key, person_id,
                                                           display_name, position)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, organisationId, person.key(), person.personId(), person.name(), i).update();
        }
        details.equalities().forEach((group, n) -> jdbc.sql("""
                        insert into coproduction_equality_count (activity_id, organisation_id, equality_group, people)
                        values (?, ?, ?, ?)""").params(id, organisationId, group.name(), n).update());
    }

    /** Adds each activity's counts, Co's, named people and equalities, four queries for the whole list. */
    private List<Activity> complete(UUID organisationId, List<Activity> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        List<UUID> ids = bare.stream().map(Activity::id).toList();
        Map<UUID, Map<ParticipantKind, Integer>> participants = new HashMap<>();
        children("select activity_id, kind, participants from coproduction_participant_count", organisationId, ids,
                rs -> participants.computeIfAbsent(rs.getObject(1, UUID.class),
                                k -> new EnumMap<>(ParticipantKind.class))
                        .put(ParticipantKind.valueOf(rs.getString(2)), rs.getInt(3)));
        Map<UUID, Set<CoProductionMode>> modes = new HashMap<>();
        children("select activity_id, mode from coproduction_mode", organisationId, ids,
                rs -> modes.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(CoProductionMode.class))
                        .add(CoProductionMode.valueOf(rs.getString(2))));
        Map<UUID, List<NamedPerson>> named = new LinkedHashMap<>();
        children("select activity_id, person_id, display_name from coproduction_named_person", organisationId, ids,
                " order by activity_id, position",
                rs -> named.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new NamedPerson(rs.getObject(2, UUID.class), rs.getString(3))));
        Map<UUID, Map<EqualityGroup, Integer>> equalities = new HashMap<>();
        children("select activity_id, equality_group, people from coproduction_equality_count", organisationId, ids,
                rs -> equalities.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(EqualityGroup.class))
                        .put(EqualityGroup.valueOf(rs.getString(2)), rs.getInt(3)));
        return bare.stream().map(a -> {
            ActivityDetails d = a.details();
            return new Activity(a.id(), a.organisationId(), a.commissionId(), new ActivityDetails(d.heldOn(),
                    d.phase(), d.method(), d.methodDetail(), d.title(), d.purpose(), participants.get(a.id()),
                    named.get(a.id()), d.rung(), modes.get(a.id()), d.level(), d.whatChanged(),
                    equalities.get(a.id())), a.recordedByName(), a.recordedAt(), a.updatedAt(), a.version());
        }).toList();
    }

    private void children(String select, UUID organisationId, List<UUID> ids,
                          org.springframework.jdbc.core.RowCallbackHandler row) {
        children(select, organisationId, ids, "", row);
    }

    private void children(String select, UUID organisationId, List<UUID> ids, String orderBy,
                          org.springframework.jdbc.core.RowCallbackHandler row) {
        // Long lists are read in slices, so no statement carries thousands of parameters.
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql(select + " where organisation_id = :org and activity_id in (:ids)" + orderBy)
                    .param("org", organisationId).param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(row);
        }
    }

    private static Map<String, Object> detailParams(ActivityDetails d) {
        Map<String, Object> params = new HashMap<>();
        params.put("heldOn", d.heldOn());
        params.put("phase", d.phase().name());
        params.put("method", d.method().name());
        params.put("methodDetail", d.methodDetail());
        params.put("title", d.title());
        params.put("purpose", d.purpose());
        params.put("rung", d.rung().name());
        params.put("level", d.level().name());
        params.put("whatChanged", d.whatChanged());
        params.put("total", d.participantTotal());
        return params;
    }

    private static Activity map(ResultSet rs, int row) throws SQLException {
        ActivityDetails details = new ActivityDetails(date(rs, "held_on"), Phase.valueOf(rs.getString("phase")),
                ActivityMethod.valueOf(rs.getString("method")), rs.getString("method_detail"), rs.getString("title"),
                rs.getString("purpose"), Map.of(), List.of(), LadderRung.valueOf(rs.getString("rung")), Set.of(),
                DecisionLevel.valueOf(rs.getString("decision_level")), rs.getString("what_changed"), Map.of());
        return new Activity(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("commission_id", UUID.class), details, rs.getString("recorded_by_name"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }
}
