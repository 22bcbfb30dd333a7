package org.tandem.prioritisation.results;

import static org.tandem.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.counting.Ballot;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.counting.Rule;
import org.tandem.prioritisation.counting.Utility;
import tools.jackson.databind.json.JsonMapper;

/** Counts and their ballots, always within one organisation. */
@Repository
class CountRepository {

    private static final String COLUMNS = """
            id, organisation_id, process_id, rule, utility, completion, file_name, ballots_sha256, voters, result,
            counted_by_name, counted_at, published_at, published_by_name, publish_reason, superseded_by,
            superseded_at""";

    /** One ballot as counted: the projects it named, and the points given when the ballots give points. */
    record StoredBallot(String voterId, String vote, String points) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    CountRepository(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    void insert(UUID id, UUID organisationId, UUID processId, CountingMethod method, BallotFile file,
                PbInstance instance, CountFindings findings, Actor by, Instant now) {
        jdbc.sql("""
                insert into pb_count (id, organisation_id, process_id, rule, utility, completion, file_name, ballots,
                    ballots_sha256, voters, result, counted_by_id, counted_by_name, counted_at)
                values (:id, :org, :process, :rule, :utility, :completion, :fileName, :ballots, :sha, :voters,
                    :result, :byId, :byName, :now)""")
                .param("id", id).param("org", organisationId).param("process", processId)
                .param("rule", method.rule().name()).param("utility", method.utility().name())
                .param("completion", method.completion().name()).param("fileName", fileName(file.name()))
                .param("ballots", file.bytes()).param("sha", file.sha256()).param("voters", instance.voterCount())
                .param("result", json.writeValueAsString(findings)).param("byId", by.actorId())
                .param("byName", by.name()).param("now", utc(now))
                .update();
        batches.batchUpdate("""
                insert into pb_count_ballot (count_id, organisation_id, voter_id, vote, points)
                values (?, ?, ?, ?, ?)""", java.util.stream.IntStream.range(0, instance.voterCount())
                .mapToObj(instance::ballot)
                .map(b -> new Object[] {id, organisationId, b.voterId(), String.join(",", b.projectIds()),
                        instance.kind().hasPoints() ? points(b) : null})
                .toList());
    }

    /** Each area's own ballot file, numbered from 1 in the order the areas were counted. */
    void insertAreas(UUID countId, UUID organisationId, List<BallotFile> files, List<String> names) {
        for (int i = 0; i < files.size(); i++) {
            BallotFile file = files.get(i);
            jdbc.sql("""
                    insert into pb_count_area (count_id, organisation_id, position, name, file_name, ballots,
                        ballots_sha256)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(countId, organisationId, i + 1, names.get(i), fileName(file.name()), file.bytes(),
                            file.sha256())
                    .update();
        }
    }

    /** An area's ballot file, by its number; empty when the count has no such area. */
    Optional<BallotFile> areaBallots(UUID organisationId, UUID countId, int position) {
        return jdbc.sql("""
                select file_name, ballots from pb_count_area
                where count_id = ? and organisation_id = ? and position = ?""")
                .params(countId, organisationId, position)
                .query((rs, n) -> new BallotFile(rs.getString("file_name"), rs.getBytes("ballots"))).optional();
    }

    private static String points(Ballot ballot) {
        return String.join(",", ballot.points().stream().map(String::valueOf).toList());
    }

    private static String fileName(String name) {
        String plain = name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return plain.length() > 255 ? plain.substring(plain.length() - 255) : plain;
    }

    Optional<PbCount> find(UUID organisationId, UUID processId, UUID countId) {
        return jdbc.sql("select " + COLUMNS + " from pb_count where id = ? and process_id = ? and organisation_id = ?")
                .params(countId, processId, organisationId).query(this::count).optional();
    }

    /** The newest count not superseded: the draft recount when there is one, otherwise the published count. */
    Optional<PbCount> latest(UUID organisationId, UUID processId) {
        return jdbc.sql("select " + COLUMNS + """
                 from pb_count where organisation_id = ? and process_id = ? and superseded_by is null
                order by counted_at desc, id limit 1""").params(organisationId, processId).query(this::count)
                .optional();
    }

    Optional<PbCount> published(UUID organisationId, UUID processId) {
        return jdbc.sql("select " + COLUMNS + """
                 from pb_count where organisation_id = ? and process_id = ? and superseded_by is null
                and published_at is not null order by published_at desc, id limit 1""")
                .params(organisationId, processId).query(this::count).optional();
    }

    Optional<PbCount> draft(UUID organisationId, UUID processId) {
        return jdbc.sql("select " + COLUMNS + """
                 from pb_count where organisation_id = ? and process_id = ? and superseded_by is null
                and published_at is null order by counted_at desc, id limit 1""")
                .params(organisationId, processId).query(this::count).optional();
    }

    /** Every count of the process, newest first, superseded ones too: the history a recount leaves. */
    List<PbCount> history(UUID organisationId, UUID processId) {
        return jdbc.sql("select " + COLUMNS
                        + " from pb_count where organisation_id = ? and process_id = ? order by counted_at desc, id")
                .params(organisationId, processId).query(this::count).list();
    }

    /**
     * Holds the process until the transaction ends, so two officers counting or publishing at once take turns and
     * a process never has two counts waiting to be published.
     */
    void lockProcess(UUID organisationId, UUID processId) {
        jdbc.sql("select id from pb_process where id = ? and organisation_id = ? for update")
                .params(processId, organisationId).query(UUID.class).list();
    }

    byte[] ballots(UUID organisationId, UUID countId) {
        return jdbc.sql("select ballots from pb_count where id = ? and organisation_id = ?")
                .params(countId, organisationId).query((rs, n) -> rs.getBytes("ballots")).single();
    }

    Optional<StoredBallot> ballot(UUID organisationId, UUID countId, String voterId) {
        return jdbc.sql("""
                select voter_id, vote, points from pb_count_ballot
                where count_id = ? and organisation_id = ? and voter_id = ?""")
                .params(countId, organisationId, voterId)
                .query((rs, n) -> new StoredBallot(rs.getString("voter_id"), rs.getString("vote"),
                        rs.getString("points"))).optional();
    }

    void supersede(UUID organisationId, UUID countId, UUID by, Instant now) {
        jdbc.sql("update pb_count set superseded_by = ?, superseded_at = ? where id = ? and organisation_id = ?")
                .params(by, utc(now), countId, organisationId).update();
    }

    /** False when the count was published or superseded meanwhile. */
    boolean publish(UUID organisationId, UUID countId, Actor by, String reason, Instant now) {
        return jdbc.sql("""
                update pb_count set published_at = ?, published_by_name = ?, publish_reason = ?
                where id = ? and organisation_id = ? and published_at is null and superseded_by is null""")
                .params(utc(now), by.name(), reason, countId, organisationId).update() == 1;
    }

    private PbCount count(ResultSet rs, int n) throws SQLException {
        return new PbCount(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("process_id", UUID.class), new CountingMethod(Rule.valueOf(rs.getString("rule")),
                Utility.valueOf(rs.getString("utility")), Completion.valueOf(rs.getString("completion"))),
                rs.getString("file_name"), rs.getString("ballots_sha256"), rs.getInt("voters"),
                json.readValue(rs.getString("result"), CountFindings.class), rs.getString("counted_by_name"),
                Timestamps.instant(rs, "counted_at"), Timestamps.instant(rs, "published_at"),
                rs.getString("published_by_name"), rs.getString("publish_reason"),
                rs.getObject("superseded_by", UUID.class), Timestamps.instant(rs, "superseded_at"));
    }
}
