package org.tandem.platform.people.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.instant;

/**
 * A person's recent sign-ins, failed attempts and blocks, read from the audit log so they can spot someone else
 * trying their account.
 */
@Repository
class SignInHistory {

    /** One sign-in attempt as the person sees it. */
    public record Attempt(Instant at, String action, String remoteAddress) {

        public String outcome() {
            return switch (action) {
                case "sign-in.succeeded" -> "Signed in";
                case "sign-in.failed" -> "Wrong password";
                case "sign-in.blocked" -> "Blocked after too many wrong passwords";
                default -> "Sign-in";
            };
        }
    }

    private final JdbcClient jdbc;

    SignInHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Attempt> recent(UUID personId, int limit) {
        return jdbc.sql("""
                select occurred_at, action, remote_address from audit_event
                where entity_type = 'person' and entity_id = ? and action like 'sign-in.%'
                order by seq desc limit ?""")
                .params(personId.toString(), limit)
                .query((rs, n) -> new Attempt(instant(rs, "occurred_at"), rs.getString("action"),
                        rs.getString("remote_address")))
                .list();
    }
}
