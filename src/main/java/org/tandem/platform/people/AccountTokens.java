package org.tandem.platform.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.tandem.platform.Timestamps.utc;

/** Single-use, expiring tokens for the links in account emails. */
@Component
class AccountTokens {

    enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(24)), RESET_PASSWORD(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(UUID personId, Purpose purpose) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into account_token (token_hash, person_id, purpose, created_at, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(SecretTokens.hash(token), personId, purpose.name(), utc(now), utc(now.plus(purpose.lifetime)))
                .update();
        return token;
    }

    /** The person the token is for, while it is unused and unexpired. */
    Optional<UUID> peek(String token, Purpose purpose) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select person_id from account_token
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(SecretTokens.hash(token), purpose.name(), utc(clock.instant())).query(UUID.class).optional();
    }

    /** Uses the token up; only one of two simultaneous uses succeeds. */
    Optional<UUID> consume(String token, Purpose purpose) {
        Optional<UUID> person = peek(token, purpose);
        if (person.isEmpty()) {
            return person;
        }
        int used = jdbc.sql("""
                update account_token set used_at = ?
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(utc(clock.instant()), SecretTokens.hash(token), purpose.name(), utc(clock.instant())).update();
        return used == 1 ? person : Optional.empty();
    }
}
