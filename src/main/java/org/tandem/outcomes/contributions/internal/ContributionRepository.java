package org.tandem.outcomes.contributions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.coproduction.ParticipantKind;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** Calls for contributions, contributions, workshops and endorsements, always within one organisation. */
@Repository
class ContributionRepository {

    private static final String CALL_COLUMNS = """
            version_id, organisation_id, framework_id, commission_id, question, opened_at, opened_by_name, closed_at,
            public_token, public_since, version""";
    private static final String CONTRIBUTION = """
            select c.id, c.organisation_id, c.version_id, c.kind, c.on_outcome_id, c.on_outcome_words,
                   c.on_contribution_id, c.words, c.route, c.person_id, c.name, c.speaking_as, c.workshop_id,
                   w.title as workshop_title, w.method as workshop_method, c.visibility, c.moderation_reason,
                   c.moderated_at, c.moderated_by_name, c.status, c.decision_reason, c.decided_at, c.decided_by_name,
                   c.outcome_id, c.outcome_lineage_id, c.outcome_words, c.outcome_is_new, c.created_at, c.version,
                   c.receipt,
                   (select count(*) from outcomes_endorsement e where e.contribution_id = c.id) as endorsements
            from outcomes_contribution c left join outcomes_workshop w on w.id = c.workshop_id
            """;

    private final JdbcClient jdbc;

    ContributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Calls

    Optional<ContributionCall> call(UUID organisationId, UUID versionId) {
        return jdbc.sql("select " + CALL_COLUMNS + " from outcomes_contribution_call"
                        + " where version_id = ? and organisation_id = ?")
                .params(versionId, organisationId).query(ContributionRepository::call).optional();
    }

    /** The call a public link belongs to, whoever's it is: the link is the only thing a visitor has. */
    Optional<ContributionCall> callByToken(String token) {
        return jdbc.sql("select " + CALL_COLUMNS + " from outcomes_contribution_call where public_token = ?")
                .param(token).query(ContributionRepository::call).optional();
    }

    void insertCall(ContributionCall call, Instant now) {
        jdbc.sql("""
                insert into outcomes_contribution_call (version_id, organisation_id, framework_id, commission_id,
                    question, opened_at, opened_by_name, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(call.versionId(), call.organisationId(), call.frameworkId(), call.commissionId(),
                        call.question(), utc(now), call.openedByName(), utc(now)).update();
    }

    /** Opens (again) with this question; a call reopened is private until it is opened publicly again. */
    void reopen(UUID organisationId, UUID versionId, String question, String byName, Instant now) {
        jdbc.sql("""
                update outcomes_contribution_call set question = ?, opened_at = ?, opened_by_name = ?,
                    closed_at = null, public_token = null, public_since = null, updated_at = ?, version = version + 1
                where version_id = ? and organisation_id = ?""")
                .params(question, utc(now), byName, utc(now), versionId, organisationId).update();
    }

    void close(UUID organisationId, UUID versionId, Instant now) {
        jdbc.sql("""
                update outcomes_contribution_call set closed_at = ?, public_token = null, public_since = null,
                    updated_at = ?, version = version + 1
                where version_id = ? and organisation_id = ?""")
                .params(utc(now), utc(now), versionId, organisationId).update();
    }

    void publicLink(UUID organisationId, UUID versionId, String token, Instant now) {
        jdbc.sql("""
                update outcomes_contribution_call set public_token = ?, public_since = ?, updated_at = ?,
                    version = version + 1
                where version_id = ? and organisation_id = ?""")
                .params(token, token == null ? null : utc(now), utc(now), versionId, organisationId).update();
    }

    // Contributions

    Optional<Contribution> find(UUID organisationId, UUID contributionId) {
        return jdbc.sql(CONTRIBUTION + " where c.id = ? and c.organisation_id = ?")
                .params(contributionId, organisationId).query(ContributionRepository::contribution).optional();
    }

    Optional<Contribution> byReceipt(String receipt) {
        return jdbc.sql(CONTRIBUTION + " where c.receipt = ?").param(receipt)
                .query(ContributionRepository::contribution).optional();
    }

    /** Every contribution to the version, oldest first. */
    List<Contribution> ofVersion(UUID organisationId, UUID versionId) {
        return jdbc.sql(CONTRIBUTION + " where c.organisation_id = ? and c.version_id = ? order by c.created_at, c.id")
                .params(organisationId, versionId).query(ContributionRepository::contribution).list();
    }

    /** The contributions merged into any outcome of these lineages, in every version, oldest decision first. */
    List<Contribution> mergedInto(UUID organisationId, Collection<UUID> lineageIds) {
        if (lineageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CONTRIBUTION + " where c.organisation_id = :organisation"
                        + " and c.outcome_lineage_id in (:lineages) order by c.decided_at, c.id")
                .param("organisation", organisationId).param("lineages", lineageIds)
                .query(ContributionRepository::contribution).list();
    }

    record NewContribution(UUID id, UUID organisationId, UUID versionId, ContributionKind kind,
                           Contribution.About on, String words, ContributionRoute route, UUID personId, String name,
                           ParticipantKind speakingAs, UUID workshopId, String browserKey, String receipt,
                           Visibility visibility) {
    }

    void insert(NewContribution c, Instant now) {
        Contribution.About on = c.on() == null ? new Contribution.About(null, null, null) : c.on();
        jdbc.sql("""
                insert into outcomes_contribution (id, organisation_id, version_id, kind, on_outcome_id,
                    on_outcome_words, on_contribution_id, words, route, person_id, name, speaking_as, workshop_id,
                    browser_key, receipt, visibility, status, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)""")
                .params(c.id(), c.organisationId(), c.versionId(), c.kind().name(), on.outcomeId(), on.outcomeWords(),
                        on.contributionId(), c.words(), c.route().name(), c.personId(), c.name(),
                        c.speakingAs().name(), c.workshopId(), c.browserKey(), c.receipt(), c.visibility().name(),
                        utc(now), utc(now)).update();
    }

    /** Records the decision when the contribution is still open at the version read; false when it is not. */
    boolean decide(UUID organisationId, UUID contributionId, int version, Contribution.Decision d, Instant now) {
        return jdbc.sql("""
                update outcomes_contribution set status = ?, decision_reason = ?, decided_at = ?, decided_by_name = ?,
                    outcome_id = ?, outcome_lineage_id = ?, outcome_words = ?, outcome_is_new = ?, updated_at = ?,
                    version = version + 1
                where id = ? and organisation_id = ? and version = ? and status = 'OPEN'""")
                .params(d.status().name(), d.reason(), utc(d.at()), d.byName(), d.outcomeId(), d.lineageId(),
                        d.outcomeWords(), d.newOutcome(), utc(now), contributionId, organisationId, version)
                .update() == 1;
    }

    boolean moderate(UUID organisationId, UUID contributionId, int version, Contribution.Moderation m, Instant now) {
        return jdbc.sql("""
                update outcomes_contribution set visibility = ?, moderation_reason = ?, moderated_at = ?,
                    moderated_by_name = ?, updated_at = ?, version = version + 1
                where id = ? and organisation_id = ? and version = ?""")
                .params(m.visibility().name(), m.reason(), utc(m.at()), m.byName(), utc(now), contributionId,
                        organisationId, version).update() == 1;
    }

    // Workshops

    void insertWorkshop(UUID id, UUID organisationId, UUID versionId, WorkshopDraft d, UUID activityId, String byName,
                        Instant now) {
        jdbc.sql("""
                insert into outcomes_workshop (id, organisation_id, version_id, method, held_on, title, notes,
                    coproduction_activity_id, recorded_by_name, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, versionId, d.method().name(), d.heldOn(), d.title(), d.notes(),
                        activityId, byName, utc(now)).update();
        d.participants().forEach((kind, n) -> jdbc.sql("""
                insert into outcomes_workshop_participants (workshop_id, organisation_id, kind, number)
                values (?, ?, ?, ?)""").params(id, organisationId, kind.name(), n).update());
    }

    Optional<Workshop> workshop(UUID organisationId, UUID workshopId) {
        return workshops("id = :key", organisationId, workshopId).stream().findFirst();
    }

    List<Workshop> workshopsOf(UUID organisationId, UUID versionId) {
        return workshops("version_id = :key", organisationId, versionId);
    }

    private List<Workshop> workshops(String where, UUID organisationId, UUID key) {
        Map<UUID, Map<ParticipantKind, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                select p.workshop_id, p.kind, p.number from outcomes_workshop_participants p
                join outcomes_workshop w on w.id = p.workshop_id
                where w.organisation_id = :organisation and w.""" + where)
                .param("organisation", organisationId).param("key", key)
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getObject("workshop_id", UUID.class),
                                    k -> new EnumMap<>(ParticipantKind.class))
                            .put(ParticipantKind.valueOf(rs.getString("kind")), rs.getInt("number"));
                    return null;
                }).list();
        return jdbc.sql("select id, version_id, method, held_on, title, notes, coproduction_activity_id,"
                        + " recorded_by_name from outcomes_workshop where organisation_id = :organisation and "
                        + where + " order by held_on, created_at, id")
                .param("organisation", organisationId).param("key", key)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Workshop(id, rs.getObject("version_id", UUID.class),
                            WorkshopMethod.valueOf(rs.getString("method")), rs.getObject("held_on",
                            java.time.LocalDate.class), rs.getString("title"), rs.getString("notes"),
                            counts.getOrDefault(id, Map.of()), rs.getObject("coproduction_activity_id", UUID.class),
                            rs.getString("recorded_by_name"));
                }).list();
    }

    // Endorsements

    /** An endorsement of a contribution or an outcome, by a person or a browser; false when it was there already. */
    boolean endorse(UUID organisationId, UUID versionId, UUID contributionId, UUID outcomeId, UUID personId,
                    String browserKey, Instant now) {
        String item = contributionId != null ? "contribution_id" : "outcome_id";
        String who = personId != null ? "person_id" : "browser_key";
        boolean already = jdbc.sql("select count(*) from outcomes_endorsement where " + item + " = ? and " + who
                        + " = ?")
                .params(contributionId != null ? contributionId : outcomeId, personId != null ? personId : browserKey)
                .query(Long.class).single() > 0;
        if (already) {
            return false;
        }
        jdbc.sql("""
                insert into outcomes_endorsement (id, organisation_id, version_id, contribution_id, outcome_id,
                    person_id, browser_key, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisationId, versionId, contributionId, outcomeId, personId, browserKey,
                        utc(now)).update();
        return true;
    }

    /** How many endorsements each outcome of the version has. */
    Map<UUID, Integer> outcomeEndorsements(UUID organisationId, UUID versionId) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select outcome_id, count(*) as n from outcomes_endorsement
                where organisation_id = ? and version_id = ? and outcome_id is not null group by outcome_id""")
                .params(organisationId, versionId)
                .query((rs, n) -> counts.put(rs.getObject("outcome_id", UUID.class), rs.getInt("n"))).list();
        return counts;
    }

    /** The items of the version this person or browser has endorsed: contributions and outcomes alike. */
    List<UUID> endorsedBy(UUID organisationId, UUID versionId, UUID personId, String browserKey) {
        String who = personId != null ? "person_id" : "browser_key";
        return jdbc.sql("select coalesce(contribution_id, outcome_id) from outcomes_endorsement"
                        + " where organisation_id = ? and version_id = ? and " + who + " = ?")
                .params(organisationId, versionId, personId != null ? personId : browserKey)
                .query(UUID.class).list();
    }

    // What one browser has done lately, for the public limits

    long contributionsFromBrowserSince(String browserKey, Instant since) {
        return jdbc.sql("select count(*) from outcomes_contribution where browser_key = ? and created_at >= ?")
                .params(browserKey, utc(since)).query(Long.class).single();
    }

    long endorsementsFromBrowserSince(String browserKey, Instant since) {
        return jdbc.sql("select count(*) from outcomes_endorsement where browser_key = ? and created_at >= ?")
                .params(browserKey, utc(since)).query(Long.class).single();
    }

    long publicContributionsSince(UUID versionId, Instant since) {
        return jdbc.sql("select count(*) from outcomes_contribution where version_id = ? and route = 'PUBLIC'"
                        + " and created_at >= ?")
                .params(versionId, utc(since)).query(Long.class).single();
    }

    private static ContributionCall call(ResultSet rs, int n) throws SQLException {
        return new ContributionCall(rs.getObject("version_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("framework_id", UUID.class), rs.getObject("commission_id", UUID.class),
                rs.getString("question"), instant(rs, "opened_at"), rs.getString("opened_by_name"),
                instant(rs, "closed_at"), rs.getString("public_token"), instant(rs, "public_since"),
                rs.getInt("version"));
    }

    private static Contribution contribution(ResultSet rs, int n) throws SQLException {
        UUID workshopId = rs.getObject("workshop_id", UUID.class);
        UUID onOutcome = rs.getObject("on_outcome_id", UUID.class);
        UUID onContribution = rs.getObject("on_contribution_id", UUID.class);
        return new Contribution(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("version_id", UUID.class), ContributionKind.valueOf(rs.getString("kind")),
                onOutcome == null && onContribution == null ? null
                        : new Contribution.About(onOutcome, rs.getString("on_outcome_words"), onContribution),
                rs.getString("words"), ContributionRoute.valueOf(rs.getString("route")),
                rs.getObject("person_id", UUID.class), rs.getString("name"),
                ParticipantKind.valueOf(rs.getString("speaking_as")),
                workshopId == null ? null : new Contribution.WorkshopRef(workshopId, rs.getString("workshop_title"),
                        WorkshopMethod.valueOf(rs.getString("workshop_method"))),
                new Contribution.Moderation(Visibility.valueOf(rs.getString("visibility")),
                        rs.getString("moderation_reason"), instant(rs, "moderated_at"),
                        rs.getString("moderated_by_name")),
                new Contribution.Decision(ContributionStatus.valueOf(rs.getString("status")),
                        rs.getString("decision_reason"), instant(rs, "decided_at"), rs.getString("decided_by_name"),
                        rs.getObject("outcome_id", UUID.class), rs.getObject("outcome_lineage_id", UUID.class),
                        rs.getString("outcome_words"), (Boolean) rs.getObject("outcome_is_new")),
                instant(rs, "created_at"), rs.getInt("version"), rs.getInt("endorsements"),
                rs.getString("receipt"));
    }
}
