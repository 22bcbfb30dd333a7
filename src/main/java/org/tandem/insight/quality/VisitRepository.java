package org.tandem.insight.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.date;
import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** Visits, their teams, their ratings and their reopenings. Every query is bounded by the organisation. */
@Repository
public class VisitRepository {

    private static final String COLUMNS = """
            v.id, v.organisation_id, v.round_id, v.service_id, v.visit_date, v.status, v.submitted_at,
            v.submitted_by_name, v.version""";

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Visit> find(UUID organisationId, UUID roundId, UUID id) {
        return withTeams(jdbc.sql("select " + COLUMNS + " from quality_visit v where v.organisation_id = ? "
                        + "and v.round_id = ? and v.id = ?")
                .params(organisationId, roundId, id).query(VisitRepository::map).list()).stream().findFirst();
    }

    /** The round's visits, by date then service. */
    public List<Visit> visitsOf(UUID organisationId, UUID roundId) {
        return withTeams(jdbc.sql("select " + COLUMNS + " from quality_visit v where v.organisation_id = ? "
                        + "and v.round_id = ? order by v.visit_date, v.service_id, v.id")
                .params(organisationId, roundId).query(VisitRepository::map).list());
    }

    /** Every visit in the organisation the person is on the team for, those still to record first. */
    public List<Visit> assignedTo(UUID organisationId, UUID personId) {
        return withTeams(jdbc.sql("select " + COLUMNS + " from quality_visit v where v.organisation_id = ? and v.id in "
                        + "(select visit_id from quality_visit_assessor where organisation_id = ? and person_id = ?) "
                        + "order by case v.status when 'SUBMITTED' then 1 else 0 end, v.visit_date, v.id")
                .params(organisationId, organisationId, personId).query(VisitRepository::map).list());
    }

    public void insert(Visit visit, Instant now) {
        jdbc.sql("""
                insert into quality_visit (id, organisation_id, round_id, service_id, visit_date, status, created_at,
                    updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(visit.id(), visit.organisationId(), visit.roundId(), visit.serviceId(), visit.visitDate(),
                        visit.status().name(), utc(now), utc(now))
                .update();
        replaceTeam(visit.organisationId(), visit.id(), visit.team());
    }

    /** Optimistic: false when the visit changed since {@code version} was read. */
    public boolean replan(UUID organisationId, UUID id, int version, UUID serviceId, LocalDate date,
                          List<Assessor> team, Instant now) {
        boolean changed = jdbc.sql("""
                update quality_visit set service_id = ?, visit_date = ?, updated_at = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ?""")
                .params(serviceId, date, utc(now), organisationId, id, version).update() == 1;
        if (changed) {
            replaceTeam(organisationId, id, team);
        }
        return changed;
    }

    public boolean delete(UUID organisationId, UUID id, int version) {
        return jdbc.sql("delete from quality_visit where organisation_id = ? and id = ? and version = ?")
                .params(organisationId, id, version).update() == 1;
    }

    public List<AreaRating> ratings(UUID organisationId, UUID visitId) {
        return jdbc.sql("select area_id, rating, evidence, quotes from quality_rating where organisation_id = ? "
                        + "and visit_id = ?")
                .params(organisationId, visitId)
                .query((rs, n) -> new AreaRating(rs.getObject("area_id", UUID.class), rating(rs),
                        rs.getString("evidence"), rs.getString("quotes")))
                .list();
    }

    /** Replaces the visit's ratings and sets its status, if nobody saved it since {@code version} was read. */
    public boolean record(UUID organisationId, UUID id, int version, List<AreaRating> ratings, VisitStatus status,
                          UUID by, String byName, Instant now) {
        boolean submitted = status == VisitStatus.SUBMITTED;
        boolean changed = jdbc.sql("""
                update quality_visit set status = ?, submitted_at = ?, submitted_by = ?, submitted_by_name = ?,
                    updated_at = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ? and status <> 'SUBMITTED'""")
                .params(status.name(), submitted ? utc(now) : null, submitted ? by : null,
                        submitted ? byName : null, utc(now), organisationId, id, version)
                .update() == 1;
        if (changed) {
            jdbc.sql("delete from quality_rating where organisation_id = ? and visit_id = ?")
                    .params(organisationId, id).update();
            for (AreaRating r : ratings) {
                jdbc.sql("insert into quality_rating (visit_id, area_id, organisation_id, rating, evidence, quotes) "
                                + "values (?, ?, ?, ?, ?, ?)")
                        .params(id, r.areaId(), organisationId, r.rating() == null ? null : r.rating().name(),
                                r.evidence(), r.quotes())
                        .update();
            }
        }
        return changed;
    }

    public boolean reopen(UUID organisationId, UUID id, int version, String reason, UUID by, String byName,
                          Instant now) {
        boolean changed = jdbc.sql("""
                update quality_visit set status = 'STARTED', submitted_at = null, submitted_by = null,
                    submitted_by_name = null, updated_at = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ? and status = 'SUBMITTED'""")
                .params(utc(now), organisationId, id, version).update() == 1;
        if (changed) {
            jdbc.sql("""
                    insert into quality_visit_reopening (id, visit_id, organisation_id, reason, reopened_by,
                        reopened_by_name, reopened_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, organisationId, reason, by, byName, utc(now)).update();
        }
        return changed;
    }

    public List<Reopening> reopenings(UUID organisationId, UUID visitId) {
        return jdbc.sql("select reason, reopened_by_name, reopened_at from quality_visit_reopening "
                        + "where organisation_id = ? and visit_id = ? order by reopened_at, id")
                .params(organisationId, visitId)
                .query((rs, n) -> new Reopening(rs.getString("reason"), rs.getString("reopened_by_name"),
                        instant(rs, "reopened_at")))
                .list();
    }

    /** Every rating of the round's submitted visits: what recommendations, results and reports are made from. */
    public List<SubmittedRating> submittedRatings(UUID organisationId, UUID roundId) {
        return jdbc.sql("""
                        select v.id, v.service_id, v.visit_date, r.area_id, r.rating, r.evidence, r.quotes
                        from quality_visit v join quality_rating r on r.visit_id = v.id
                        where v.organisation_id = ? and v.round_id = ? and v.status = 'SUBMITTED'
                          and r.rating is not null
                        order by v.visit_date, v.id""")
                .params(organisationId, roundId)
                .query((rs, n) -> new SubmittedRating(rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class), date(rs, "visit_date"),
                        rs.getObject("area_id", UUID.class), rating(rs), rs.getString("evidence"),
                        rs.getString("quotes")))
                .list();
    }

    private void replaceTeam(UUID organisationId, UUID visitId, List<Assessor> team) {
        jdbc.sql("delete from quality_visit_assessor where visit_id = ?").param(visitId).update();
        for (Assessor a : team) {
            jdbc.sql("""
                    insert into quality_visit_assessor (visit_id, person_id, organisation_id, name, lived_experience,
                        commissioning)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(visitId, a.personId(), organisationId, a.name(), a.livedExperience(), a.commissioning())
                    .update();
        }
    }

    /** Adds each visit's team, one query for the whole list. */
    private List<Visit> withTeams(List<Visit> visits) {
        if (visits.isEmpty()) {
            return visits;
        }
        Map<UUID, List<Assessor>> teams = new HashMap<>();
        jdbc.sql("""
                        select visit_id, person_id, name, lived_experience, commissioning from quality_visit_assessor
                        where visit_id in (:ids) order by lived_experience desc, lower(name), person_id""")
                .param("ids", visits.stream().map(Visit::id).toList())
                .query(rs -> {
                    teams.computeIfAbsent(rs.getObject("visit_id", UUID.class), k -> new ArrayList<>())
                            .add(new Assessor(rs.getObject("person_id", UUID.class), rs.getString("name"),
                                    rs.getBoolean("lived_experience"), rs.getBoolean("commissioning")));
                });
        return visits.stream().map(v -> new Visit(v.id(), v.organisationId(), v.roundId(), v.serviceId(),
                v.visitDate(), v.status(), teams.getOrDefault(v.id(), List.of()), v.submittedAt(),
                v.submittedByName(), v.version())).toList();
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        String value = rs.getString("rating");
        return value == null ? null : Rating.valueOf(value);
    }

    private static Visit map(ResultSet rs, int row) throws SQLException {
        return new Visit(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("round_id", UUID.class), rs.getObject("service_id", UUID.class), date(rs, "visit_date"),
                VisitStatus.valueOf(rs.getString("status")), List.of(), instant(rs, "submitted_at"),
                rs.getString("submitted_by_name"), rs.getInt("version"));
    }
}
