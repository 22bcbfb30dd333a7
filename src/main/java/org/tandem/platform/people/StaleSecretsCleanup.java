package org.tandem.platform.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.tandem.platform.Timestamps.utc;

/**
 * Each night, forgets what is no longer needed: email-link tokens that expired or were used more than a week ago, and
 * sign-in throttling counts whose window has passed. Keeps the tables small and holds no secret longer than needed.
 */
@Component
class StaleSecretsCleanup {

    private static final Logger log = LoggerFactory.getLogger(StaleSecretsCleanup.class);
    static final Duration KEEP_FOR = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    StaleSecretsCleanup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs once a night on one node only, whichever takes the lock. */
    @Scheduled(cron = "0 15 3 * * *", zone = "Europe/London")
    @SchedulerLock(name = "stale-secrets-cleanup", lockAtMostFor = "PT10M")
    @Transactional
    public void nightly() {
        removeStale();
    }

    @Transactional
    public int removeStale() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(KEEP_FOR);
        int tokens = jdbc.sql("delete from account_token where expires_at < ? or used_at < ?")
                .params(utc(cutoff), utc(cutoff)).update();
        int throttles = jdbc.sql("""
                delete from sign_in_throttle
                where (blocked_until is null or blocked_until < ?) and first_failure_at < ?""")
                .params(utc(now), utc(now.minus(Duration.ofDays(1)))).update();
        if (tokens + throttles > 0) {
            log.info("Removed {} stale email-link tokens and {} old sign-in throttling counts", tokens, throttles);
        }
        return tokens + throttles;
    }
}
