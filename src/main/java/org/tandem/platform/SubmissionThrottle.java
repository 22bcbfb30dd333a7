package org.tandem.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.security.FailureCounter;

/**
 * Limits what one network address can send through an organisation's public forms, which anyone may fill in
 * without signing in: after {@code maxPerHour} accepted in an hour, the address waits an hour. Every submission
 * still lands in an officer's queue, so this keeps a script from flooding the queue; the limit is generous, because
 * a library or community centre may help many residents from one address.
 */
@Component
public class SubmissionThrottle {

    /** What is being sent; each is counted on its own, per organisation. */
    public enum Submission {
        PLEDGE
    }

    private final FailureCounter sent;

    SubmissionThrottle(JdbcClient jdbc, Clock clock, @Value("${tandem.submissions.max-per-hour:10}") int maxPerHour) {
        this.sent = new FailureCounter(jdbc, clock, maxPerHour, Duration.ofHours(1));
    }

    /** The moment the address may send again to this organisation, or null when it may send now. */
    public Instant blockedUntil(Submission what, UUID organisationId, String address) {
        return sent.blockedUntil(key(what, organisationId, address));
    }

    /** Counts an accepted submission. Its own transaction, so the count does not depend on the request's. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSent(Submission what, UUID organisationId, String address) {
        sent.recordFailure(key(what, organisationId, address));
    }

    private static String key(Submission what, UUID organisationId, String address) {
        String from = address == null ? "" : address.length() > 100 ? address.substring(0, 100) : address;
        return "sent:" + what.name().toLowerCase(Locale.ROOT) + ":" + organisationId + ":" + from;
    }
}
