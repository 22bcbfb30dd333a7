package org.tandem.prioritisation.process;

import static org.tandem.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.Money;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.District;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;

/** Processes with their phases, areas and eligible places, always within one organisation. */
@Repository
class ProcessRepository {

    private static final String COLUMNS = """
            id, organisation_id, commission_id, title, description, budget, eligibility, minimum_age, published,
            created_at, version""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ProcessRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    Optional<PbProcessView> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from pb_process where id = ? and organisation_id = ?")
                .params(id, organisationId).query(Row::of).optional().map(this::complete);
    }

    /** A published process of any organisation, for the public pages. */
    Optional<PbProcessView> findPublished(UUID organisationId, UUID id) {
        return find(organisationId, id).filter(PbProcessView::published);
    }

    /** The organisation's processes, newest first; only those of one commission when {@code commissionId} is set. */
    ResultPage<PbProcessView> page(UUID organisationId, UUID commissionId, boolean publishedOnly, PageRequest page) {
        String where = " where organisation_id = :org"
                + (commissionId == null ? "" : " and commission_id = :commission")
                + (publishedOnly ? " and published = true" : "");
        var count = jdbc.sql("select count(*) from pb_process" + where).param("org", organisationId);
        var rows = jdbc.sql("select " + COLUMNS + " from pb_process" + where
                        + " order by created_at desc, id limit :limit offset :offset")
                .param("org", organisationId).param("limit", page.size()).param("offset", page.offset());
        if (commissionId != null) {
            count = count.param("commission", commissionId);
            rows = rows.param("commission", commissionId);
        }
        long total = count.query(Long.class).single();
        return new ResultPage<>(rows.query(Row::of).list().stream().map(this::complete).toList(), page.page(),
                page.size(), total);
    }

    long countFor(UUID organisationId, UUID commissionId) {
        return jdbc.sql("select count(*) from pb_process where organisation_id = ? and commission_id = ?")
                .params(organisationId, commissionId).query(Long.class).single();
    }

    void insert(UUID id, UUID organisationId, ProcessDetails d, Instant now) {
        jdbc.sql("""
                insert into pb_process (id, organisation_id, commission_id, title, description, budget, eligibility,
                    minimum_age, published, created_at, updated_at, version)
                values (:id, :org, :commission, :title, :description, :budget, :eligibility, :age, :published,
                    :now, :now, 0)""")
                .param("id", id).param("org", organisationId).param("commission", d.commissionId())
                .param("title", d.title()).param("description", d.description())
                .param("budget", d.budget().amount()).param("eligibility", d.eligibility().name())
                .param("age", d.minimumAge()).param("published", d.published()).param("now", utc(now))
                .update();
        insertChildren(id, organisationId, d);
    }

    /** Optimistic: false when someone else saved the process since {@code version} was read. */
    boolean update(UUID organisationId, UUID id, int version, ProcessDetails d, Instant now) {
        int rows = jdbc.sql("""
                update pb_process set commission_id = :commission, title = :title, description = :description,
                    budget = :budget, eligibility = :eligibility, minimum_age = :age, published = :published,
                    updated_at = :now, version = version + 1
                where id = :id and organisation_id = :org and version = :version""")
                .param("commission", d.commissionId()).param("title", d.title())
                .param("description", d.description()).param("budget", d.budget().amount())
                .param("eligibility", d.eligibility().name()).param("age", d.minimumAge())
                .param("published", d.published()).param("now", utc(now)).param("id", id)
                .param("org", organisationId).param("version", version)
                .update();
        if (rows == 1) {
            jdbc.sql("delete from pb_phase where process_id = ? and organisation_id = ?")
                    .params(id, organisationId).update();
            jdbc.sql("delete from pb_eligible_area where process_id = ? and organisation_id = ?")
                    .params(id, organisationId).update();
            insertChildren(id, organisationId, d);
        }
        return rows == 1;
    }

    void insertCodeHashes(UUID organisationId, UUID processId, List<String> hashes, Instant now) {
        batches.batchUpdate("""
                insert into pb_verification_code (code_hash, process_id, organisation_id, created_at)
                values (?, ?, ?, ?)""", hashes.stream()
                        .map(h -> new Object[] {h, processId, organisationId, utc(now)}).toList());
    }

    /** Marks the code used; false when it is unknown for this process or was used already. */
    boolean useCode(UUID organisationId, UUID processId, String hash, Instant now) {
        return jdbc.sql("""
                update pb_verification_code set used_at = ?
                where code_hash = ? and process_id = ? and organisation_id = ? and used_at is null""")
                .params(utc(now), hash, processId, organisationId).update() == 1;
    }

    record CodeCounts(long issued, long used) {
    }

    CodeCounts codeCounts(UUID organisationId, UUID processId) {
        return jdbc.sql("""
                select count(*) as issued, count(used_at) as used from pb_verification_code
                where process_id = ? and organisation_id = ?""").params(processId, organisationId)
                .query((rs, n) -> new CodeCounts(rs.getLong("issued"), rs.getLong("used"))).single();
    }

    /** Areas keep their ids when they keep their names, so proposals filed under them stay filed there. */
    private void insertChildren(UUID id, UUID organisationId, ProcessDetails d) {
        replaceBallotSettings(id, organisationId, d.ballot());
        replaceDistricts(id, organisationId, d.districts());
        insertPhasesAndAreas(id, organisationId, d);
    }

    private void insertPhasesAndAreas(UUID id, UUID organisationId, ProcessDetails d) {
        for (PhaseDates phase : d.phases()) {
            jdbc.sql("""
                    insert into pb_phase (process_id, organisation_id, phase, starts_on, ends_on)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, organisationId, phase.phase().name(), phase.startsOn(), phase.endsOn()).update();
        }
        insertAreas(id, organisationId, "WARD", d.wards());
        insertAreas(id, organisationId, "POSTCODE", d.postcodes());
    }

    private void insertAreas(UUID id, UUID organisationId, String kind, List<String> areas) {
        for (String area : areas) {
            jdbc.sql("insert into pb_eligible_area (process_id, organisation_id, kind, area) values (?, ?, ?, ?)")
                    .params(id, organisationId, kind, area).update();
        }
    }

    private void replaceDistricts(UUID id, UUID organisationId, List<ProcessDetails.DistrictBudget> districts) {
        List<District> existing = districts(id, organisationId);
        List<UUID> kept = new ArrayList<>();
        int position = 0;
        for (ProcessDetails.DistrictBudget district : districts) {
            Optional<District> same = existing.stream()
                    .filter(e -> e.name().equalsIgnoreCase(district.name())).findFirst();
            if (same.isPresent()) {
                jdbc.sql("update pb_district set name = ?, budget = ?, position = ? where id = ?")
                        .params(district.name(), district.budget().amount(), position, same.get().id()).update();
                kept.add(same.get().id());
            } else {
                jdbc.sql("""
                        insert into pb_district (id, process_id, organisation_id, name, budget, position)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), id, organisationId, district.name(), district.budget().amount(),
                                position).update();
            }
            position++;
        }
        existing.stream().filter(e -> !kept.contains(e.id())).forEach(e ->
                jdbc.sql("delete from pb_district where id = ?").param(e.id()).update());
    }

    private void replaceBallotSettings(UUID id, UUID organisationId, BallotSettings b) {
        jdbc.sql("delete from pb_ballot_settings where process_id = ? and organisation_id = ?")
                .params(id, organisationId).update();
        jdbc.sql("""
                insert into pb_ballot_settings (process_id, organisation_id, ballot_type, min_projects, max_projects,
                    min_spend_percent, points, max_points_per_project, max_ranked)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, b.type().name(), b.minProjects(), b.maxProjects(), b.minSpendPercent(),
                        b.points(), b.maxPointsPerProject(), b.maxRanked())
                .update();
    }

    /** The process's ballot settings; the default approval ballot for a process saved before there were any. */
    BallotSettings ballotSettings(UUID organisationId, UUID id) {
        return jdbc.sql("""
                select ballot_type, min_projects, max_projects, min_spend_percent, points, max_points_per_project,
                    max_ranked
                from pb_ballot_settings where process_id = ? and organisation_id = ?""").params(id, organisationId)
                .query((rs, n) -> new BallotSettings(BallotType.valueOf(rs.getString("ballot_type")),
                        rs.getObject("min_projects", Integer.class), rs.getObject("max_projects", Integer.class),
                        rs.getObject("min_spend_percent", Integer.class), rs.getObject("points", Integer.class),
                        rs.getObject("max_points_per_project", Integer.class),
                        rs.getObject("max_ranked", Integer.class)))
                .optional().orElse(BallotSettings.DEFAULT);
    }

    /** Whether any ballot, online or on paper, has been cast or typed in. */
    boolean hasBallots(UUID organisationId, UUID id) {
        return jdbc.sql("""
                select (select count(*) from pb_ballot where process_id = :id and organisation_id = :org)
                     + (select count(*) from pb_paper_entry where process_id = :id and organisation_id = :org)""")
                .param("id", id).param("org", organisationId).query(Long.class).single() > 0;
    }

    /** Whether a code was ever printed for this process, used or not. */
    boolean codeIssued(UUID organisationId, UUID processId, String hash) {
        return jdbc.sql("""
                select count(*) from pb_verification_code
                where code_hash = ? and process_id = ? and organisation_id = ?""")
                .params(hash, processId, organisationId).query(Long.class).single() > 0;
    }

    private List<District> districts(UUID id, UUID organisationId) {
        return jdbc.sql("""
                select id, name, budget from pb_district where process_id = ? and organisation_id = ?
                order by position""").params(id, organisationId)
                .query((rs, n) -> new District(rs.getObject("id", UUID.class), rs.getString("name"),
                        new Money(rs.getBigDecimal("budget"))))
                .list();
    }

    private PbProcessView complete(Row row) {
        List<PhaseDates> phases = jdbc.sql("""
                select phase, starts_on, ends_on from pb_phase where process_id = ? and organisation_id = ?
                order by starts_on""").params(row.id(), row.organisationId())
                .query((rs, n) -> new PhaseDates(PbPhase.valueOf(rs.getString("phase")),
                        Timestamps.date(rs, "starts_on"), Timestamps.date(rs, "ends_on")))
                .list();
        return new PbProcessView(row.id(), row.organisationId(), row.commissionId(), row.title(), row.description(),
                row.budget(), districts(row.id(), row.organisationId()), phases, row.eligibility(),
                areas(row, "WARD"), areas(row, "POSTCODE"), row.minimumAge(), row.published(), row.createdAt(),
                row.version());
    }

    private List<String> areas(Row row, String kind) {
        return jdbc.sql("""
                select area from pb_eligible_area where process_id = ? and organisation_id = ? and kind = ?
                order by area""").params(row.id(), row.organisationId(), kind).query(String.class).list();
    }

    private record Row(UUID id, UUID organisationId, UUID commissionId, String title, String description,
                       Money budget, Eligibility eligibility, Integer minimumAge, boolean published,
                       Instant createdAt, int version) {

        static Row of(ResultSet rs, int n) throws SQLException {
            return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                    rs.getObject("commission_id", UUID.class), rs.getString("title"), rs.getString("description"),
                    new Money(rs.getBigDecimal("budget")), Eligibility.valueOf(rs.getString("eligibility")),
                    rs.getObject("minimum_age", Integer.class), rs.getBoolean("published"),
                    Timestamps.instant(rs, "created_at"), rs.getInt("version"));
        }
    }
}
