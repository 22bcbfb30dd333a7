package org.tandem.prioritisation.implementation;

import static org.tandem.platform.Timestamps.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.Money;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Timestamps;

/** Funded projects, their updates and photos, always within one organisation. */
@Repository
public class ProjectRepository {

    /** Sort orders offered on the list; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        NUMBER("Project number", "number"),
        STAGE("Stage", "case stage when 'NOT_STARTED' then 0 when 'PLANNING' then 1 when 'PROCURING' then 2"
                + " when 'IN_DELIVERY' then 3 when 'COMPLETED' then 4 when 'ON_HOLD' then 5 else 6 end, number"),
        LEAST_COMPLETE("Least complete first", "percent_complete, number"),
        MOST_COMPLETE("Most complete first", "percent_complete desc, number"),
        EXPECTED("Expected completion, soonest first", "expected_completion, number");

        private final String label;
        private final String orderBy;

        Sort(String label, String orderBy) {
            this.label = label;
            this.orderBy = orderBy;
        }

        public String label() {
            return label;
        }
    }

    /** Filters for the list; nulls mean "any". */
    public record Filter(ProjectStage stage, UUID districtId) {
        public static final Filter NONE = new Filter(null, null);
    }

    /** One update to write, with what it moved. */
    record NewUpdate(UUID id, UUID projectId, LocalDate happenedOn, String note, FundedProject before,
                     ProjectRules.Checked after, ProjectUpdate.Source source, UUID postedBy, String postedByName) {
    }

    private static final String COLUMNS = """
            id, organisation_id, process_id, proposal_id, number, title, district_id, allocated, spent, stage,
            stage_reason, stage_before_drop, percent_complete, expected_completion, lead_officer, delivered_by,
            created_at, updated_at, version""";

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> publishedAt(UUID organisationId, UUID processId) {
        return jdbc.sql("select published_at from pb_tracked_process where process_id = ? and organisation_id = ?")
                .params(processId, organisationId).query((rs, n) -> Timestamps.instant(rs, "published_at"))
                .optional();
    }

    void markPublished(UUID organisationId, UUID processId, Instant publishedAt, Instant now) {
        int changed = jdbc.sql("""
                update pb_tracked_process set published_at = ?, updated_at = ?
                where process_id = ? and organisation_id = ?""")
                .params(utc(publishedAt), utc(now), processId, organisationId).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into pb_tracked_process (process_id, organisation_id, published_at, updated_at)
                    values (?, ?, ?, ?)""").params(processId, organisationId, utc(publishedAt), utc(now)).update();
        }
    }

    Optional<FundedProject> find(UUID organisationId, UUID processId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from pb_funded_project"
                        + " where id = ? and process_id = ? and organisation_id = ?")
                .params(id, processId, organisationId).query(ProjectRepository::map).optional();
    }

    /** Every project of the process, by number (for counts, exports and the public page). */
    List<FundedProject> all(UUID organisationId, UUID processId) {
        return jdbc.sql("select " + COLUMNS + " from pb_funded_project where process_id = ? and organisation_id = ?"
                        + " order by number")
                .params(processId, organisationId).query(ProjectRepository::map).list();
    }

    ResultPage<FundedProject> page(UUID organisationId, UUID processId, Filter filter, Sort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org and process_id = :process");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("process", processId);
        if (filter.stage() != null) {
            where.append(" and stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.districtId() != null) {
            where.append(" and district_id = :district");
            params.put("district", filter.districtId());
        }
        long total = jdbc.sql("select count(*) from pb_funded_project" + where).params(params).query(Long.class)
                .single();
        List<FundedProject> rows = jdbc.sql("select " + COLUMNS + " from pb_funded_project" + where
                        + " order by " + (sort == null ? Sort.NUMBER : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ProjectRepository::map).list();
        return new ResultPage<>(rows, page.page(), page.size(), total);
    }

    /** How many of the process's projects are at each stage, in the stages' order. */
    Map<ProjectStage, Long> stageCounts(UUID organisationId, UUID processId) {
        Map<ProjectStage, Long> counts = new LinkedHashMap<>();
        for (ProjectStage s : ProjectStage.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select stage, count(*) as n from pb_funded_project where process_id = ? and organisation_id = ?"
                        + " group by stage").params(processId, organisationId)
                .query((rs, n) -> Map.entry(ProjectStage.valueOf(rs.getString("stage")), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    void insert(FundedProject p) {
        jdbc.sql("""
                insert into pb_funded_project (id, organisation_id, process_id, proposal_id, number, title,
                    district_id, allocated, spent, stage, percent_complete, created_at, updated_at, version)
                values (:id, :org, :process, :proposal, :number, :title, :district, :allocated, :spent, :stage, 0,
                    :now, :now, 0)""")
                .param("id", p.id()).param("org", p.organisationId()).param("process", p.processId())
                .param("proposal", p.proposalId()).param("number", p.number()).param("title", p.title())
                .param("district", p.districtId()).param("allocated", p.allocated().amount())
                .param("spent", p.spent().amount()).param("stage", p.stage().name()).param("now", utc(p.createdAt()))
                .update();
    }

    /** Optimistic: false when someone else changed the project since {@code version} was read. */
    boolean progress(FundedProject p, int version, ProjectRules.Checked c, ProjectStage stageBeforeDrop,
                     Instant now) {
        return jdbc.sql("""
                update pb_funded_project set stage = :stage, stage_reason = :reason, stage_before_drop = :dropped,
                    percent_complete = :percent, spent = :spent, expected_completion = :expected, updated_at = :now,
                    version = version + 1
                where id = :id and organisation_id = :org and version = :version""")
                .param("stage", c.stage().name()).param("reason", c.stageReason())
                .param("dropped", stageBeforeDrop == null ? null : stageBeforeDrop.name())
                .param("percent", c.percentComplete()).param("spent", c.spent().amount())
                .param("expected", c.expectedCompletion()).param("now", utc(now)).param("id", p.id())
                .param("org", p.organisationId()).param("version", version)
                .update() == 1;
    }

    /** A recount changed what the count gives the project, or its title. */
    void recounted(FundedProject p, String title, Money allocated, Instant now) {
        jdbc.sql("""
                update pb_funded_project set title = ?, allocated = ?, updated_at = ?, version = version + 1
                where id = ? and organisation_id = ?""")
                .params(title, allocated.amount(), utc(now), p.id(), p.organisationId()).update();
    }

    boolean details(FundedProject p, int version, String leadOfficer, String deliveredBy, Instant now) {
        return jdbc.sql("""
                update pb_funded_project set lead_officer = ?, delivered_by = ?, updated_at = ?, version = version + 1
                where id = ? and organisation_id = ? and version = ?""")
                .params(leadOfficer, deliveredBy, utc(now), p.id(), p.organisationId(), version).update() == 1;
    }

    void insertUpdate(UUID organisationId, NewUpdate u, Instant now) {
        jdbc.sql("""
                insert into pb_project_update (id, organisation_id, project_id, happened_on, note, stage_before,
                    stage_after, percent_before, percent_after, spent_before, spent_after, source, posted_by,
                    posted_by_name, posted_at)
                values (:id, :org, :project, :on, :note, :stageBefore, :stageAfter, :percentBefore, :percentAfter,
                    :spentBefore, :spentAfter, :source, :by, :byName, :now)""")
                .param("id", u.id()).param("org", organisationId).param("project", u.projectId())
                .param("on", u.happenedOn()).param("note", u.note())
                .param("stageBefore", u.before().stage().name()).param("stageAfter", u.after().stage().name())
                .param("percentBefore", u.before().percentComplete())
                .param("percentAfter", u.after().percentComplete())
                .param("spentBefore", u.before().spent().amount()).param("spentAfter", u.after().spent().amount())
                .param("source", u.source().name()).param("by", u.postedBy()).param("byName", u.postedByName())
                .param("now", utc(now))
                .update();
    }

    void insertPhoto(UUID organisationId, UUID updateId, ProjectUpdate.Photo photo, int position) {
        jdbc.sql("""
                insert into pb_project_photo (id, organisation_id, update_id, file_id, alt_text, content_type,
                    size_bytes, position)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(photo.id(), organisationId, updateId, photo.fileId(), photo.altText(), photo.contentType(),
                        photo.sizeBytes(), position).update();
    }

    boolean hide(UUID organisationId, UUID projectId, UUID updateId, String byName, String reason, Instant now) {
        return jdbc.sql("""
                update pb_project_update set hidden_at = ?, hidden_by_name = ?, hidden_reason = ?
                where id = ? and project_id = ? and organisation_id = ? and hidden_at is null""")
                .params(utc(now), byName, reason, updateId, projectId, organisationId).update() == 1;
    }

    /** The project's updates, newest first; hidden ones only when {@code withHidden}. */
    List<ProjectUpdate> updates(UUID organisationId, UUID projectId, boolean withHidden) {
        List<ProjectUpdate> updates = jdbc.sql("""
                        select id, project_id, happened_on, note, stage_before, stage_after, percent_before,
                            percent_after, spent_before, spent_after, source, posted_by_name, posted_at, hidden_at,
                            hidden_by_name, hidden_reason
                        from pb_project_update where project_id = ? and organisation_id = ?"""
                        + (withHidden ? "" : " and hidden_at is null")
                        + " order by happened_on desc, posted_at desc, id")
                .params(projectId, organisationId).query(ProjectRepository::mapUpdate).list();
        if (updates.isEmpty()) {
            return updates;
        }
        Map<UUID, List<ProjectUpdate.Photo>> photos = new HashMap<>();
        jdbc.sql("""
                        select p.id, p.update_id, p.file_id, p.alt_text, p.content_type, p.size_bytes
                        from pb_project_photo p join pb_project_update u on u.id = p.update_id
                        where u.project_id = ? and p.organisation_id = ? order by p.position""")
                .params(projectId, organisationId)
                .query((rs, n) -> Map.entry(rs.getObject("update_id", UUID.class), new ProjectUpdate.Photo(
                        rs.getObject("id", UUID.class), rs.getObject("file_id", UUID.class), rs.getString("alt_text"),
                        rs.getString("content_type"), rs.getLong("size_bytes"))))
                .list().forEach(e -> photos.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return updates.stream().map(u -> new ProjectUpdate(u.id(), u.projectId(), u.happenedOn(), u.note(),
                u.stageBefore(), u.stageAfter(), u.percentBefore(), u.percentAfter(), u.spentBefore(), u.spentAfter(),
                u.source(), u.postedByName(), u.postedAt(), u.hiddenAt(), u.hiddenByName(), u.hiddenReason(),
                photos.getOrDefault(u.id(), List.of()))).toList();
    }

    /** The latest note anyone can see on each project of the process, for the spreadsheet. */
    Map<UUID, String> latestNotes(UUID organisationId, UUID processId) {
        Map<UUID, String> notes = new HashMap<>();
        jdbc.sql("""
                        select u.project_id, u.note from pb_project_update u
                        join pb_funded_project p on p.id = u.project_id
                        where p.process_id = ? and u.organisation_id = ? and u.hidden_at is null and u.note is not null
                        order by u.happened_on, u.posted_at, u.id""")
                .params(processId, organisationId)
                .query((rs, n) -> Map.entry(rs.getObject("project_id", UUID.class), rs.getString("note"))).list()
                .forEach(e -> notes.put(e.getKey(), e.getValue()));
        return notes;
    }

    /** A photo of a project, with whether its update is hidden. */
    record PhotoFile(ProjectUpdate.Photo photo, boolean hidden) {
    }

    Optional<PhotoFile> photo(UUID organisationId, UUID projectId, UUID photoId) {
        return jdbc.sql("""
                        select p.id, p.file_id, p.alt_text, p.content_type, p.size_bytes, u.hidden_at
                        from pb_project_photo p join pb_project_update u on u.id = p.update_id
                        where p.id = ? and u.project_id = ? and p.organisation_id = ?""")
                .params(photoId, projectId, organisationId)
                .query((rs, n) -> new PhotoFile(new ProjectUpdate.Photo(rs.getObject("id", UUID.class),
                        rs.getObject("file_id", UUID.class), rs.getString("alt_text"), rs.getString("content_type"),
                        rs.getLong("size_bytes")), rs.getObject("hidden_at") != null))
                .optional();
    }

    private static FundedProject map(ResultSet rs, int n) throws SQLException {
        String dropped = rs.getString("stage_before_drop");
        return new FundedProject(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("process_id", UUID.class), rs.getObject("proposal_id", UUID.class), rs.getInt("number"),
                rs.getString("title"), rs.getObject("district_id", UUID.class), money(rs.getBigDecimal("allocated")),
                money(rs.getBigDecimal("spent")), ProjectStage.valueOf(rs.getString("stage")),
                rs.getString("stage_reason"), dropped == null ? null : ProjectStage.valueOf(dropped),
                rs.getInt("percent_complete"), Timestamps.date(rs, "expected_completion"),
                rs.getString("lead_officer"), rs.getString("delivered_by"), Timestamps.instant(rs, "created_at"),
                Timestamps.instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static ProjectUpdate mapUpdate(ResultSet rs, int n) throws SQLException {
        return new ProjectUpdate(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                Timestamps.date(rs, "happened_on"), rs.getString("note"),
                ProjectStage.valueOf(rs.getString("stage_before")), ProjectStage.valueOf(rs.getString("stage_after")),
                rs.getInt("percent_before"), rs.getInt("percent_after"), money(rs.getBigDecimal("spent_before")),
                money(rs.getBigDecimal("spent_after")), ProjectUpdate.Source.valueOf(rs.getString("source")),
                rs.getString("posted_by_name"), Timestamps.instant(rs, "posted_at"),
                Timestamps.instant(rs, "hidden_at"), rs.getString("hidden_by_name"), rs.getString("hidden_reason"),
                List.of());
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount);
    }
}
