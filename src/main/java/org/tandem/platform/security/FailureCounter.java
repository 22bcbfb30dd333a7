package org.tandem.platform.security;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failures counted per key in the database, so every node sees the same count: after {@code maxFailures} within the
 * window, the key is blocked for the window's length. The callers run each call in a transaction of its own, so a
 * failure is counted even when the request that made it fails. Internal to the platform: sign-in and the public
 * guessing throttle share it.
 */
public final class FailureCounter {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public FailureCounter(JdbcClient jdbc, Clock clock, int maxFailures, Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    /** The moment the key may try again, or null when it may try now. */
    public Instant blockedUntil(String key) {
        return jdbc.sql("select blocked_until from sign_in_throttle where throttle_key = ?").param(key)
                .query((rs, n) -> instant(rs, "blocked_until")).optional()
                .filter(until -> until != null && until.isAfter(clock.instant()))
                .orElse(null);
    }

    /** Counts a failure; true when this failure starts a block. */
    public boolean recordFailure(String key) {
        Instant now = clock.instant();
        var current = jdbc.sql("select failures, first_failure_at from sign_in_throttle where throttle_key = ? "
                        + "for update")
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

    public void reset(String key) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(key).update();
    }

    private boolean block(String key, Instant now) {
        jdbc.sql("update sign_in_throttle set blocked_until = ?, failures = 0, first_failure_at = ? "
                        + "where throttle_key = ?")
                .params(utc(now.plus(window)), utc(now), key).update();
        return true;
    }
}
