package org.tandem.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords for one email address within the window,
 * that address cannot sign in until the block ends. Counted per address (whether or not an account exists, so the
 * answer reveals nothing) and kept in the database, so every node sees the same count.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${tandem.sign-in.max-failures:5}") int maxFailures,
                   @Value("${tandem.sign-in.block-minutes:15}") long blockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(blockMinutes);
    }

    public int blockMinutes() {
        return (int) window.toMinutes();
    }

    /** The moment the address may try again, or null when it may try now. */
    public Instant blockedUntil(String email) {
        return jdbc.sql("select blocked_until from sign_in_throttle where throttle_key = ?").param(key(email))
                .query((rs, n) -> instant(rs, "blocked_until")).optional()
                .filter(until -> until != null && until.isAfter(clock.instant()))
                .orElse(null);
    }

    /** Counts a failure; returns true when this failure starts a block. Its own transaction so it sticks on failure. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String email) {
        Instant now = clock.instant();
        String key = key(email);
        var current = jdbc.sql("select failures, first_failure_at from sign_in_throttle where throttle_key = ? for update")
                .param(key).query((rs, n) -> new Object[] {rs.getInt(1), instant(rs, "first_failure_at")}).optional();
        if (current.isEmpty()) {
            jdbc.sql("insert into sign_in_throttle (throttle_key, failures, first_failure_at) values (?, 1, ?)")
                    .params(key, utc(now)).update();
            return maxFailures <= 1 && block(key, now);
        }
        int failures = (int) current.get()[0];
        Instant first = (Instant) current.get()[1];
        if (first.plus(window).isBefore(now)) {
            failures = 0;
            first = now;
        }
        failures++;
        jdbc.sql("update sign_in_throttle set failures = ?, first_failure_at = ? where throttle_key = ?")
                .params(failures, utc(first), key).update();
        return failures >= maxFailures && block(key, now);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String email) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(key(email)).update();
    }

    private boolean block(String key, Instant now) {
        jdbc.sql("update sign_in_throttle set blocked_until = ?, failures = 0, first_failure_at = ? where throttle_key = ?")
                .params(utc(now.plus(window)), utc(now), key).update();
        return true;
    }

    private static String key(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "email:" + (normalised.length() > 390 ? normalised.substring(0, 390) : normalised);
    }
}
