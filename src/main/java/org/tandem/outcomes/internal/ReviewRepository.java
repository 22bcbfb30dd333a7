package org.tandem.outcomes.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.outcomes.ReviewDecision;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** Review groups and each version's reviews, always within one organisation. */
@Repository
public class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReviewGroup> groups(UUID organisationId) {
        Map<UUID, List<ReviewGroup.Member>> members = new HashMap<>();
        jdbc.sql("select group_id, person_id, display_name from outcomes_review_group_member"
                        + " where organisation_id = ? order by group_id, position")
                .param(organisationId).query(rs -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ReviewGroup.Member(rs.getObject(2, UUID.class), rs.getString(3)));
                });
        return jdbc.sql("select id, name, purpose, version from outcomes_review_group where organisation_id = ?"
                        + " order by name_key, id")
                .param(organisationId)
                .query((rs, n) -> new ReviewGroup(rs.getObject("id", UUID.class), organisationId,
                        rs.getString("name"), rs.getString("purpose"),
                        members.getOrDefault(rs.getObject("id", UUID.class), List.of()), rs.getInt("version")))
                .list();
    }

    public Optional<ReviewGroup> group(UUID organisationId, UUID groupId) {
        return groups(organisationId).stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public boolean nameTaken(UUID organisationId, String name, UUID except) {
        return jdbc.sql("select count(*) from outcomes_review_group where organisation_id = ? and name_key = ?"
                        + " and id <> ?")
                .params(organisationId, key(name), except == null ? new UUID(0, 0) : except)
                .query(Long.class).single() > 0;
    }

    public void insertGroup(UUID id, UUID organisationId, String name, String purpose,
                            List<ReviewGroup.Member> members, Instant now) {
        jdbc.sql("""
                insert into outcomes_review_group (id, organisation_id, name, name_key, purpose, created_at,
                                                   updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, organisationId, name, key(name), purpose, utc(now), utc(now)).update();
        insertMembers(id, organisationId, members);
    }

    /** Optimistic: false when someone else saved the group since {@code version} was read. */
    public boolean updateGroup(UUID organisationId, UUID id, int version, String name, String purpose,
                               List<ReviewGroup.Member> members, Instant now) {
        int rows = jdbc.sql("""
                update outcomes_review_group set name = ?, name_key = ?, purpose = ?, updated_at = ?,
                    version = version + 1
                where id = ? and organisation_id = ? and version = ?""")
                .params(name, key(name), purpose, utc(now), id, organisationId, version).update();
        if (rows == 1) {
            jdbc.sql("delete from outcomes_review_group_member where group_id = ? and organisation_id = ?")
                    .params(id, organisationId).update();
            insertMembers(id, organisationId, members);
        }
        return rows == 1;
    }

    public List<Review> reviews(UUID organisationId, UUID versionId) {
        return jdbc.sql("""
                        select person_id, display_name, decision, comment, decided_at from outcomes_version_review
                        where organisation_id = ? and version_id = ? order by position""")
                .params(organisationId, versionId)
                .query((rs, n) -> new Review(rs.getObject("person_id", UUID.class), rs.getString("display_name"),
                        rs.getString("decision") == null ? null : ReviewDecision.valueOf(rs.getString("decision")),
                        rs.getString("comment"), instant(rs, "decided_at")))
                .list();
    }

    /** Names the group's members as the version's reviewers, none of them having said anything yet. */
    public void openReviews(UUID organisationId, UUID versionId, List<ReviewGroup.Member> members) {
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("""
                    insert into outcomes_version_review (version_id, organisation_id, person_id, display_name,
                                                         position)
                    values (?, ?, ?, ?, ?)""")
                    .params(versionId, organisationId, members.get(i).personId(), members.get(i).name(), i).update();
        }
    }

    /** A withdrawn version's reviews are kept in the audit log, not here, so a resent version starts afresh. */
    public void clearReviews(UUID organisationId, UUID versionId) {
        jdbc.sql("delete from outcomes_version_review where organisation_id = ? and version_id = ?")
                .params(organisationId, versionId).update();
    }

    public void decide(UUID organisationId, UUID versionId, UUID personId, ReviewDecision decision, String comment,
                       Instant now) {
        jdbc.sql("""
                update outcomes_version_review set decision = ?, comment = ?, decided_at = ?
                where organisation_id = ? and version_id = ? and person_id = ?""")
                .params(decision.name(), comment, utc(now), organisationId, versionId, personId).update();
    }

    private void insertMembers(UUID groupId, UUID organisationId, List<ReviewGroup.Member> members) {
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("""
                    insert into outcomes_review_group_member (group_id, organisation_id, person_id, display_name,
                                                              position)
                    values (?, ?, ?, ?, ?)""")
                    .params(groupId, organisationId, members.get(i).personId(), members.get(i).name(), i).update();
        }
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
