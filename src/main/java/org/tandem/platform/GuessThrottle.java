package org.tandem.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.security.FailureCounter;

/**
 * Slows down guessing of the codes people type on public pages without signing in: after {@code maxWrong} codes
 * that match nothing from one network address within the window, that address is refused until the block ends.
 * The codes carry some 60 bits, so guessing one is already hopeless; this keeps a script from even trying. The
 * limit is generous because a school or library may vote from one address, where typing slips add up.
 */
@Component
public class GuessThrottle {

    /** What is being guessed; each is counted on its own. */
    public enum Guess {
        VOTING_CODE, RECEIPT
    }

    private final FailureCounter failures;

    GuessThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${tandem.guesses.max-wrong:20}") int maxWrong,
                  @Value("${tandem.guesses.block-minutes:15}") long blockMinutes) {
        this.failures = new FailureCounter(jdbc, clock, maxWrong, Duration.ofMinutes(blockMinutes));
    }

    /** The moment the address may try again, or null when it may try now. */
    public Instant blockedUntil(Guess what, String address) {
        return failures.blockedUntil(key(what, address));
    }

    /** Counts a code that matched nothing. Its own transaction, so it sticks though the request is refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordWrong(Guess what, String address) {
        failures.recordFailure(key(what, address));
    }

    private static String key(Guess what, String address) {
        String from = address == null ? "" : address.length() > 100 ? address.substring(0, 100) : address;
        return "guess:" + what.name().toLowerCase(java.util.Locale.ROOT) + ":" + from;
    }
}
