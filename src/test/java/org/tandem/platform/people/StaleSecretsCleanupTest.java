package org.tandem.platform.people;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.Timestamps;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class StaleSecretsCleanupTest extends IntegrationTest {

    @Autowired
    StaleSecretsCleanup cleanup;

    @Test
    void oldTokensAndThrottleCountsAreForgottenAndCurrentOnesKept() {
        UUID person = demo.person(Demo.PANEL);
        Instant now = Instant.now();
        String expired = token(person, now.minus(30, ChronoUnit.DAYS), now.minus(29, ChronoUnit.DAYS), null);
        String usedLongAgo = token(person, now.minus(20, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS),
                now.minus(10, ChronoUnit.DAYS));
        String current = token(person, now, now.plus(1, ChronoUnit.HOURS), null);
        String oldThrottle = "email:old-" + UUID.randomUUID() + "@example.org";
        String blockedNow = "email:blocked-" + UUID.randomUUID() + "@example.org";
        throttle(oldThrottle, now.minus(3, ChronoUnit.DAYS), null);
        throttle(blockedNow, now.minus(3, ChronoUnit.DAYS), now.plus(10, ChronoUnit.MINUTES));

        assertThat(cleanup.removeStale()).isGreaterThanOrEqualTo(3);

        assertThat(tokenExists(expired)).isFalse();
        assertThat(tokenExists(usedLongAgo)).isFalse();
        assertThat(tokenExists(current)).isTrue();
        assertThat(throttleExists(oldThrottle)).isFalse();
        assertThat(throttleExists(blockedNow)).as("a block still in force is kept").isTrue();
    }

    private String token(UUID person, Instant created, Instant expires, Instant used) {
        String hash = UUID.randomUUID().toString().replace("-", "") + "0".repeat(32);
        jdbc.sql("insert into account_token (token_hash, person_id, purpose, created_at, expires_at, used_at) "
                        + "values (?, ?, 'RESET_PASSWORD', ?, ?, ?)")
                .params(hash, person, Timestamps.utc(created), Timestamps.utc(expires), Timestamps.utc(used)).update();
        return hash;
    }

    private void throttle(String key, Instant firstFailure, Instant blockedUntil) {
        jdbc.sql("insert into sign_in_throttle (throttle_key, failures, first_failure_at, blocked_until) values (?, 1, ?, ?)")
                .params(key, Timestamps.utc(firstFailure), Timestamps.utc(blockedUntil)).update();
    }

    private boolean tokenExists(String hash) {
        return jdbc.sql("select count(*) from account_token where token_hash = ?").param(hash).query(Long.class).single() > 0;
    }

    private boolean throttleExists(String key) {
        return jdbc.sql("select count(*) from sign_in_throttle where throttle_key = ?").param(key).query(Long.class)
                .single() > 0;
    }
}
