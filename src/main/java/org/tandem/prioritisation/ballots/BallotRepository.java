package org.tandem.prioritisation.ballots;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.Timestamps;

/**
 * Who has voted ({@code pb_voter}) and what was voted ({@code pb_ballot}), always within one organisation. The two
 * tables share no column but the process: a ballot is found for replacing only by its owner tag.
 */
@Repository
class BallotRepository {

    enum Channel { ONLINE, PAPER }

    /** A counted ballot as the file publishes it. */
    record StoredBallot(String receiptId, UUID districtId, String choices) {
    }

    private final JdbcClient jdbc;

    BallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasVoted(UUID organisationId, UUID processId, String voterKey) {
        return jdbc.sql("select count(*) from pb_voter where process_id = ? and organisation_id = ? and voter_key = ?")
                .params(processId, organisationId, voterKey).query(Long.class).single() > 0;
    }

    /** The voter is on the register of those who voted; a second concurrent first vote fails on the primary key. */
    void markVoted(UUID organisationId, UUID processId, String voterKey) {
        if (!hasVoted(organisationId, processId, voterKey)) {
            jdbc.sql("insert into pb_voter (process_id, organisation_id, voter_key) values (?, ?, ?)")
                    .params(processId, organisationId, voterKey).update();
        }
    }

    /** Whether the voter was checked in at a polling station to vote on paper. */
    boolean votesOnPaper(UUID organisationId, UUID processId, String voterKey) {
        return jdbc.sql("""
                select count(*) from pb_voter
                where process_id = ? and organisation_id = ? and voter_key = ? and on_paper""")
                .params(processId, organisationId, voterKey).query(Long.class).single() > 0;
    }

    /**
     * Notes that the voter votes on paper; false when they had been checked in already. A voter checked in twice at
     * once fails on the primary key or finds the row changed, so only one check-in succeeds.
     */
    boolean markOnPaper(UUID organisationId, UUID processId, String voterKey) {
        if (!hasVoted(organisationId, processId, voterKey)) {
            jdbc.sql("insert into pb_voter (process_id, organisation_id, voter_key, on_paper) values (?, ?, ?, true)")
                    .params(processId, organisationId, voterKey).update();
            return true;
        }
        return jdbc.sql("""
                update pb_voter set on_paper = true
                where process_id = ? and organisation_id = ? and voter_key = ? and not on_paper""")
                .params(processId, organisationId, voterKey).update() == 1;
    }

    /** How many voters were checked in at polling stations. */
    long checkedInOnPaper(UUID organisationId, UUID processId) {
        return jdbc.sql("select count(*) from pb_voter where process_id = ? and organisation_id = ? and on_paper")
                .params(processId, organisationId).query(Long.class).single();
    }

    /**
     * Clears every ballot's owner tag, so no ballot can be traced to its voter any more, and notes that it was done;
     * true the first time, false when the process's ballots were unlinked already.
     */
    boolean unlink(UUID organisationId, UUID processId, Instant now) {
        if (unlinked(organisationId, processId)) {
            return false;
        }
        jdbc.sql("update pb_ballot set owner_tag = null where process_id = ? and organisation_id = ?")
                .params(processId, organisationId).update();
        jdbc.sql("insert into pb_ballots_unlinked (process_id, organisation_id, unlinked_at) values (?, ?, ?)")
                .params(processId, organisationId, Timestamps.utc(now)).update();
        return true;
    }

    boolean unlinked(UUID organisationId, UUID processId) {
        return jdbc.sql("select count(*) from pb_ballots_unlinked where process_id = ? and organisation_id = ?")
                .params(processId, organisationId).query(Long.class).single() > 0;
    }

    void deleteOwned(UUID organisationId, UUID processId, String ownerTag) {
        jdbc.sql("delete from pb_ballot where process_id = ? and organisation_id = ? and owner_tag = ?")
                .params(processId, organisationId, ownerTag).update();
    }

    UUID insert(UUID organisationId, UUID processId, Channel channel, String ownerTag, String receiptId,
                UUID districtId, String choices) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into pb_ballot (id, process_id, organisation_id, channel, owner_tag, receipt_id, district_id,
                    choices)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, processId, organisationId, channel.name(), ownerTag, receiptId, districtId, choices)
                .update();
        return id;
    }

    Turnout turnout(UUID organisationId, UUID processId) {
        return jdbc.sql("""
                select count(case when channel = 'ONLINE' then 1 end) as online,
                       count(case when channel = 'PAPER' then 1 end) as paper
                from pb_ballot where process_id = ? and organisation_id = ?""").params(processId, organisationId)
                .query((rs, n) -> new Turnout(rs.getLong("online"), rs.getLong("paper"))).single();
    }

    /** Every ballot that counts, in receipt order, so the file's order says nothing about when anyone voted. */
    List<StoredBallot> counted(UUID organisationId, UUID processId) {
        return jdbc.sql("""
                select receipt_id, district_id, choices from pb_ballot
                where process_id = ? and organisation_id = ? order by receipt_id""").params(processId, organisationId)
                .query((rs, n) -> new StoredBallot(rs.getString("receipt_id"), rs.getObject("district_id", UUID.class),
                        rs.getString("choices")))
                .list();
    }
}
