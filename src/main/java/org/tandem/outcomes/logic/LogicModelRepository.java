package org.tandem.outcomes.logic;

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

import static org.tandem.platform.Timestamps.utc;

/** Logic models with their steps and links, kept under the organisation that leads the commission. */
@Repository
class LogicModelRepository {

    /** A model as stored, before its subject is looked up in Insight or the outcomes framework. */
    record Stored(UUID id, UUID commissionId, String title, String summary, LogicSubject subject, UUID outcomeId,
                  UUID versionId, UUID serviceId, String plannedService, int version) {
    }

    /** A link as stored; the evidence item's title is read with the model. */
    record StoredLink(UUID id, UUID modelId, int position, UUID fromStepId, UUID toStepId, String assumption,
                      UUID evidenceItemId, String evidenceText) {
    }

    private static final String MODEL_COLUMNS = """
            id, commission_id, title, summary, subject, outcome_id, version_id, service_id, planned_service, version""";

    /** Table 5's order, from inputs to outcomes. */
    private static final String STAGE_ORDER = "case stage when 'INPUT' then 1 when 'ACTIVITY' then 2 "
            + "when 'OUTPUT' then 3 else 4 end";

    private final JdbcClient jdbc;

    LogicModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> of(UUID organisationId, UUID commissionId) {
        return jdbc.sql("select " + MODEL_COLUMNS + " from logic_model where organisation_id = ? and commission_id = ? "
                        + "order by lower(title), id")
                .params(organisationId, commissionId).query(LogicModelRepository::model).list();
    }

    Optional<Stored> find(UUID organisationId, UUID commissionId, UUID id) {
        return jdbc.sql("select " + MODEL_COLUMNS + " from logic_model where organisation_id = ? and commission_id = ? "
                        + "and id = ?")
                .params(organisationId, commissionId, id).query(LogicModelRepository::model).optional();
    }

    Map<UUID, List<LogicStep>> steps(Collection<UUID> modelIds) {
        Map<UUID, List<LogicStep>> byModel = new HashMap<>();
        if (!modelIds.isEmpty()) {
            jdbc.sql("select id, model_id, stage, position, text from logic_step where model_id in (:ids) "
                            + "order by " + STAGE_ORDER + ", position, id")
                    .param("ids", modelIds)
                    .query(rs -> {
                        byModel.computeIfAbsent(rs.getObject("model_id", UUID.class), k -> new ArrayList<>())
                                .add(new LogicStep(rs.getObject("id", UUID.class), Stage.valueOf(rs.getString("stage")),
                                        rs.getInt("position"), rs.getString("text")));
                    });
        }
        return byModel;
    }

    Map<UUID, List<StoredLink>> links(Collection<UUID> modelIds) {
        Map<UUID, List<StoredLink>> byModel = new HashMap<>();
        if (!modelIds.isEmpty()) {
            jdbc.sql("""
                            select id, model_id, position, from_step_id, to_step_id, assumption, evidence_item_id,
                                   evidence_text
                            from logic_link where model_id in (:ids) order by position, id""")
                    .param("ids", modelIds)
                    .query(rs -> {
                        StoredLink link = link(rs);
                        byModel.computeIfAbsent(link.modelId(), k -> new ArrayList<>()).add(link);
                    });
        }
        return byModel;
    }

    UUID insert(UUID organisationId, UUID commissionId, ModelDraft draft, UUID versionId, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into logic_model (id, organisation_id, commission_id, title, summary, subject, outcome_id,
                    version_id, service_id, planned_service, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, organisationId, commissionId, draft.title(), draft.summary(), draft.subject().name(),
                        draft.outcomeId(), versionId, draft.serviceId(), draft.plannedService(), utc(now), utc(now))
                .update();
        return id;
    }

    /** Optimistic: false when someone else saved the model since {@code version} was read. */
    boolean rename(UUID organisationId, UUID id, int version, String title, String summary, Instant now) {
        return jdbc.sql("""
                        update logic_model set title = ?, summary = ?, updated_at = ?, version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                .params(title, summary, utc(now), organisationId, id, version).update() == 1;
    }

    void delete(UUID organisationId, UUID id) {
        jdbc.sql("delete from logic_model where organisation_id = ? and id = ?").params(organisationId, id).update();
    }

    int stepCount(UUID modelId, Stage stage) {
        return jdbc.sql("select count(*) from logic_step where model_id = ? and stage = ?")
                .params(modelId, stage.name()).query(Integer.class).single();
    }

    UUID addStep(UUID organisationId, UUID modelId, StepDraft draft) {
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from logic_step where model_id = ? "
                        + "and stage = ?")
                .params(modelId, draft.stage().name()).query(Integer.class).single();
        jdbc.sql("insert into logic_step (id, organisation_id, model_id, stage, position, text) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, modelId, draft.stage().name(), position, draft.text()).update();
        return id;
    }

    /** Removes the step and, with it, every link to or from it. */
    void removeStep(UUID organisationId, UUID modelId, UUID stepId) {
        jdbc.sql("delete from logic_step where organisation_id = ? and model_id = ? and id = ?")
                .params(organisationId, modelId, stepId).update();
    }

    int linkCount(UUID modelId) {
        return jdbc.sql("select count(*) from logic_link where model_id = ?").param(modelId).query(Integer.class)
                .single();
    }

    UUID addLink(UUID organisationId, UUID modelId, LinkDraft draft) {
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from logic_link where model_id = ?")
                .param(modelId).query(Integer.class).single();
        jdbc.sql("""
                insert into logic_link (id, organisation_id, model_id, from_step_id, to_step_id, assumption,
                    evidence_item_id, evidence_text, position)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, modelId, draft.fromStepId(), draft.toStepId(), draft.assumption(),
                        draft.evidenceItemId(), draft.evidenceText(), position)
                .update();
        return id;
    }

    /** A link's assumption and evidence; where it runs from and to stays as it is. */
    void changeLink(UUID organisationId, UUID modelId, UUID linkId, LinkDraft draft) {
        jdbc.sql("""
                        update logic_link set assumption = ?, evidence_item_id = ?, evidence_text = ?
                        where organisation_id = ? and model_id = ? and id = ?""")
                .params(draft.assumption(), draft.evidenceItemId(), draft.evidenceText(), organisationId, modelId,
                        linkId)
                .update();
    }

    void removeLink(UUID organisationId, UUID modelId, UUID linkId) {
        jdbc.sql("delete from logic_link where organisation_id = ? and model_id = ? and id = ?")
                .params(organisationId, modelId, linkId).update();
    }

    private static StoredLink link(ResultSet rs) throws SQLException {
        return new StoredLink(rs.getObject("id", UUID.class), rs.getObject("model_id", UUID.class),
                rs.getInt("position"), rs.getObject("from_step_id", UUID.class), rs.getObject("to_step_id", UUID.class),
                rs.getString("assumption"), rs.getObject("evidence_item_id", UUID.class),
                rs.getString("evidence_text"));
    }

    private static Stored model(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("commission_id", UUID.class),
                rs.getString("title"), rs.getString("summary"), LogicSubject.valueOf(rs.getString("subject")),
                rs.getObject("outcome_id", UUID.class), rs.getObject("version_id", UUID.class),
                rs.getObject("service_id", UUID.class), rs.getString("planned_service"), rs.getInt("version"));
    }
}
