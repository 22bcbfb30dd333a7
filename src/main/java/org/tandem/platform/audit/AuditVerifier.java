package org.tandem.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole audit log in order, recomputing every hash, and reports the first broken link.
 * Rows are streamed, so a log of millions of events is checked in constant memory.
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;

    AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        ChainWalk walk = new ChainWalk();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select seq, occurred_at, actor_id, actor_name, organisation_id, action, entity_type, entity_id,
                           summary, before_state, after_state, remote_address, prev_hash, hash
                    from audit_event order by seq""");
            statement.setFetchSize(500);
            return statement;
        }, walk);
        if (walk.brokenAt == null) {
            var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
            long headSeq = ((Number) head.get("last_seq")).longValue();
            if (headSeq != walk.expectedSeq - 1 || !head.get("last_hash").equals(walk.prevHash)) {
                return new AuditVerification(walk.checked, walk.expectedSeq,
                        "the log should run to event #" + headSeq + " but ends at #" + (walk.expectedSeq - 1)
                                + ": the latest events were removed or replaced", walk.prevHash);
            }
        }
        return new AuditVerification(walk.checked, walk.brokenAt, walk.problem, walk.prevHash);
    }

    private static final class ChainWalk implements RowCallbackHandler {
        long expectedSeq = 1;
        String prevHash = AuditChain.GENESIS;
        long checked;
        Long brokenAt;
        String problem;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (brokenAt != null) {
                return;
            }
            AuditEvent event = read(rs);
            checked++;
            if (event.seq() != expectedSeq) {
                fail(expectedSeq, event.seq() > expectedSeq
                        ? "it is missing (the next event is #" + event.seq() + "): events were removed"
                        : "the numbering goes backwards: events were reordered");
            } else if (!event.prevHash().equals(prevHash)) {
                fail(event.seq(), "it does not follow the event before it: events were removed, added or reordered");
            } else if (!AuditChain.hash(event).equals(event.hash())) {
                fail(event.seq(), "its content no longer matches its hash: it was changed after it was written");
            } else {
                expectedSeq++;
                prevHash = event.hash();
            }
        }

        private void fail(long seq, String why) {
            brokenAt = seq;
            problem = why;
        }
    }

    static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("remote_address"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
