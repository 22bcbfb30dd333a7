package org.tandem.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.Frequency;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;

import static org.tandem.platform.Timestamps.utc;

/**
 * Outcomes, their classifications and their indicators, always within one organisation. A version's outcomes are
 * read in five queries however many there are.
 */
@Repository
public class OutcomeRepository {

    private static final String OUTCOME_COLUMNS = """
            o.id, o.organisation_id, v.framework_id, o.version_id, o.lineage_id, o.position, o.own_words,
            o.professional_wording, o.level, o.value_type, o.wellbeing_element, o.prevention_level,
            o.intervention_pathway, o.version""";
    private static final String FROM_OUTCOME =
            " from outcome o join outcomes_framework_version v on v.id = o.version_id";
    private static final String INDICATOR_COLUMNS = """
            id, outcome_id, lineage_id, position, name, definition, unit, direction, baseline, target, data_source,
            frequency, kind, measurement_method, version""";
    private static final List<String> CLASSIFICATION_TABLES = List.of("outcome_five_way", "outcome_bottom_line",
            "outcome_shaped_by");

    private final JdbcClient jdbc;

    OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutcomeView> ofVersion(UUID organisationId, UUID versionId) {
        List<OutcomeView> bare = jdbc.sql("select " + OUTCOME_COLUMNS + FROM_OUTCOME
                        + " where o.organisation_id = ? and o.version_id = ? order by o.position, o.id")
                .params(organisationId, versionId).query(OutcomeRepository::outcome).list();
        if (bare.isEmpty()) {
            return bare;
        }
        String ofVersion = " where c.organisation_id = ? and o.version_id = ?";
        Map<UUID, Set<WayToWellbeing>> ways = classification("select c.outcome_id, c.way from outcome_five_way c"
                + " join outcome o on o.id = c.outcome_id" + ofVersion, organisationId, versionId,
                WayToWellbeing.class, WayToWellbeing::valueOf);
        Map<UUID, Set<BottomLine>> lines = classification("select c.outcome_id, c.line from outcome_bottom_line c"
                + " join outcome o on o.id = c.outcome_id" + ofVersion, organisationId, versionId,
                BottomLine.class, BottomLine::valueOf);
        Map<UUID, Set<ParticipantKind>> shapedBy = classification("select c.outcome_id, c.kind"
                + " from outcome_shaped_by c join outcome o on o.id = c.outcome_id" + ofVersion, organisationId, versionId,
                ParticipantKind.class, ParticipantKind::valueOf);
        Map<UUID, List<IndicatorView>> indicators = new HashMap<>();
        jdbc.sql("select " + INDICATOR_COLUMNS + " from outcome_indicator where organisation_id = ? and version_id = ?"
                        + " order by outcome_id, position, id")
                .params(organisationId, versionId).query(OutcomeRepository::indicator).list()
                .forEach(i -> indicators.computeIfAbsent(i.outcomeId(), k -> new ArrayList<>()).add(i));
        return bare.stream().map(o -> complete(o, ways.get(o.id()), lines.get(o.id()), shapedBy.get(o.id()),
                indicators.getOrDefault(o.id(), List.of()))).toList();
    }

    public Optional<OutcomeView> find(UUID organisationId, UUID outcomeId) {
        return jdbc.sql("select o.version_id from outcome o where o.id = ? and o.organisation_id = ?")
                .params(outcomeId, organisationId).query(UUID.class).optional()
                .flatMap(version -> ofVersion(organisationId, version).stream()
                        .filter(o -> o.id().equals(outcomeId)).findFirst());
    }

    /** The version an indicator's outcome belongs to, when the indicator is the organisation's. */
    public Optional<UUID> versionOfIndicator(UUID organisationId, UUID indicatorId) {
        return jdbc.sql("select version_id from outcome_indicator where id = ? and organisation_id = ?")
                .params(indicatorId, organisationId).query(UUID.class).optional();
    }

    public int nextPosition(UUID organisationId, UUID versionId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from outcome"
                        + " where organisation_id = ? and version_id = ?")
                .params(organisationId, versionId).query(Integer.class).single();
    }

    public int nextIndicatorPosition(UUID organisationId, UUID outcomeId) {
        return jdbc.sql("""
                        select coalesce(max(position), 0) + 1 from outcome_indicator
                        where organisation_id = ? and outcome_id = ?""")
                .params(organisationId, outcomeId).query(Integer.class).single();
    }

    public void insert(UUID id, UUID organisationId, UUID versionId, UUID lineageId, int position, OutcomeDraft d,
                       Instant now) {
        jdbc.sql("""
                insert into outcome (id, organisation_id, version_id, lineage_id, position, own_words,
                    professional_wording, level, value_type, wellbeing_element, prevention_level,
                    intervention_pathway, created_at, updated_at, version)
                values (:id, :org, :version, :lineage, :position, :ownWords, :professional, :level, :valueType,
                    :element, :prevention, :pathway, :now, :now, 0)""")
                .param("id", id).param("org", organisationId).param("version", versionId).param("lineage", lineageId)
                .param("position", position).params(outcomeParams(d)).param("now", utc(now)).update();
        insertClassifications(id, organisationId, d);
    }

    /** Optimistic: false when someone else saved the outcome since {@code version} was read. */
    public boolean update(UUID organisationId, UUID id, int version, OutcomeDraft d, Instant now) {
        int rows = jdbc.sql("""
                update outcome set own_words = :ownWords, professional_wording = :professional, level = :level,
                    value_type = :valueType, wellbeing_element = :element, prevention_level = :prevention,
                    intervention_pathway = :pathway, updated_at = :now, version = version + 1
                where id = :id and organisation_id = :org and version = :lock""")
                .params(outcomeParams(d)).param("now", utc(now)).param("id", id).param("org", organisationId)
                .param("lock", version).update();
        if (rows == 1) {
            for (String table : CLASSIFICATION_TABLES) {
                jdbc.sql("delete from " + table + " where outcome_id = ? and organisation_id = ?")
                        .params(id, organisationId).update();
            }
            insertClassifications(id, organisationId, d);
        }
        return rows == 1;
    }

    public void delete(UUID organisationId, UUID id) {
        jdbc.sql("delete from outcome where id = ? and organisation_id = ?").params(id, organisationId).update();
    }

    public void position(UUID organisationId, UUID id, int position) {
        jdbc.sql("update outcome set position = ? where id = ? and organisation_id = ?")
                .params(position, id, organisationId).update();
    }

    public void insertIndicator(UUID id, UUID organisationId, UUID outcomeId, UUID versionId, UUID lineageId,
                                int position, IndicatorDraft d, Instant now) {
        jdbc.sql("""
                insert into outcome_indicator (id, organisation_id, outcome_id, version_id, lineage_id, position,
                    name, definition, unit, direction, baseline, target, data_source, frequency, kind,
                    measurement_method, created_at, updated_at, version)
                values (:id, :org, :outcome, :version, :lineage, :position, :name, :definition, :unit, :direction,
                    :baseline, :target, :source, :frequency, :kind, :method, :now, :now, 0)""")
                .param("id", id).param("org", organisationId).param("outcome", outcomeId).param("version", versionId)
                .param("lineage", lineageId).param("position", position).params(indicatorParams(d))
                .param("now", utc(now)).update();
    }

    public boolean updateIndicator(UUID organisationId, UUID id, int version, IndicatorDraft d, Instant now) {
        return jdbc.sql("""
                update outcome_indicator set name = :name, definition = :definition, unit = :unit,
                    direction = :direction, baseline = :baseline, target = :target, data_source = :source,
                    frequency = :frequency, kind = :kind, measurement_method = :method, updated_at = :now,
                    version = version + 1
                where id = :id and organisation_id = :org and version = :lock""")
                .params(indicatorParams(d)).param("now", utc(now)).param("id", id).param("org", organisationId)
                .param("lock", version).update() == 1;
    }

    public void deleteIndicator(UUID organisationId, UUID id) {
        jdbc.sql("delete from outcome_indicator where id = ? and organisation_id = ?").params(id, organisationId)
                .update();
    }

    public void indicatorPosition(UUID organisationId, UUID id, int position) {
        jdbc.sql("update outcome_indicator set position = ? where id = ? and organisation_id = ?")
                .params(position, id, organisationId).update();
    }

    private void insertClassifications(UUID id, UUID organisationId, OutcomeDraft d) {
        d.fiveWays().forEach(way -> jdbc.sql("insert into outcome_five_way (outcome_id, organisation_id, way)"
                + " values (?, ?, ?)").params(id, organisationId, way.name()).update());
        d.bottomLines().forEach(line -> jdbc.sql("insert into outcome_bottom_line (outcome_id, organisation_id, line)"
                + " values (?, ?, ?)").params(id, organisationId, line.name()).update());
        d.shapedBy().forEach(kind -> jdbc.sql("insert into outcome_shaped_by (outcome_id, organisation_id, kind)"
                + " values (?, ?, ?)").params(id, organisationId, kind.name()).update());
    }

    private <E extends Enum<E>> Map<UUID, Set<E>> classification(String sql, UUID organisationId, UUID versionId,
                                                                  Class<E> type, Function<String, E> parse) {
        Map<UUID, Set<E>> values = new HashMap<>();
        jdbc.sql(sql).params(organisationId, versionId).query(rs -> {
            values.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(type)).add(parse.apply(
                    rs.getString(2)));
        });
        return values;
    }

    private static OutcomeView complete(OutcomeView o, Set<WayToWellbeing> ways, Set<BottomLine> lines,
                                        Set<ParticipantKind> shapedBy, List<IndicatorView> indicators) {
        OutcomeDraft d = o.details();
        return new OutcomeView(o.id(), o.organisationId(), o.frameworkId(), o.versionId(), o.lineageId(),
                o.position(), new OutcomeDraft(d.ownWords(), d.professionalWording(), d.level(), d.valueType(),
                d.wellbeingElement(), ways, lines, d.preventionLevel(), d.pathway(), shapedBy), indicators,
                o.version());
    }

    private static Map<String, Object> outcomeParams(OutcomeDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("ownWords", d.ownWords());
        params.put("professional", d.professionalWording());
        params.put("level", name(d.level()));
        params.put("valueType", name(d.valueType()));
        params.put("element", name(d.wellbeingElement()));
        params.put("prevention", name(d.preventionLevel()));
        params.put("pathway", name(d.pathway()));
        return params;
    }

    private static Map<String, Object> indicatorParams(IndicatorDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", d.name());
        params.put("definition", d.definition());
        params.put("unit", d.unit());
        params.put("direction", name(d.direction()));
        params.put("baseline", d.baseline());
        params.put("target", d.target());
        params.put("source", d.dataSource());
        params.put("frequency", name(d.frequency()));
        params.put("kind", name(d.kind()));
        params.put("method", name(d.method()));
        return params;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static OutcomeView outcome(ResultSet rs, int row) throws SQLException {
        OutcomeDraft details = new OutcomeDraft(rs.getString("own_words"), rs.getString("professional_wording"),
                parse(OutcomeLevel.class, rs.getString("level")), parse(ValueType.class, rs.getString("value_type")),
                parse(WellbeingElement.class, rs.getString("wellbeing_element")), Set.of(), Set.of(),
                parse(PreventionLevel.class, rs.getString("prevention_level")),
                parse(InterventionPathway.class, rs.getString("intervention_pathway")), Set.of());
        return new OutcomeView(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("framework_id", UUID.class), rs.getObject("version_id", UUID.class),
                rs.getObject("lineage_id", UUID.class), rs.getInt("position"), details, List.of(),
                rs.getInt("version"));
    }

    private static IndicatorView indicator(ResultSet rs, int row) throws SQLException {
        IndicatorDraft details = new IndicatorDraft(rs.getString("name"), rs.getString("definition"),
                rs.getString("unit"), parse(Direction.class, rs.getString("direction")),
                stripped(rs.getBigDecimal("baseline")), stripped(rs.getBigDecimal("target")),
                rs.getString("data_source"), parse(Frequency.class, rs.getString("frequency")),
                parse(IndicatorKind.class, rs.getString("kind")),
                parse(MeasurementMethod.class, rs.getString("measurement_method")));
        return new IndicatorView(rs.getObject("id", UUID.class), rs.getObject("outcome_id", UUID.class),
                rs.getObject("lineage_id", UUID.class), rs.getInt("position"), details, rs.getInt("version"));
    }

    /** numeric(19,4) reads back as 12.5000; people wrote 12.5. */
    private static java.math.BigDecimal stripped(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
