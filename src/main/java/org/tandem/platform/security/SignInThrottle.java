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

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords for one email address within the window,
 * that address cannot sign in until the block ends. Counted per address (whether or not an account exists, so the
 * answer reveals nothing) and kept in the database, so every node sees the same count.
 */
@Component
public class SignInThrottle {

    private final FailureCounter failures;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${tandem.sign-in.max-failures:5}") int maxFailures,
                   @Value("${tandem.sign-in.block-minutes:15}") long blockMinutes) {
        this.failures = new FailureCounter(jdbc, clock, maxFailures, Duration.ofMinutes(blockMinutes));
    }

    public int blockMinutes() {
        return (int) failures.window().toMinutes();
    }

    /** The moment the address may try again, or null when it may try now. */
    public Instant blockedUntil(String email) {
        return failures.blockedUntil(key(email));
    }

    /** Counts a failure; returns true when this failure starts a block. Its own transaction so it sticks on failure. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String email) {
        return failures.recordFailure(key(email));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String email) {
        failures.reset(key(email));
    }

    private static String key(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "email:" + (normalised.length() > 390 ? normalised.substring(0, 390) : normalised);
    }
}
