package org.tandem.platform.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Timestamps;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/**
 * Personal API tokens: a person creates one so a program can call the API as them, without a browser session. The
 * secret is shown once, when it is created; only its SHA-256 is stored. A token stops working when it expires, when
 * its owner revokes it, or when the owner's account is closed.
 */
@Service
public class ApiTokens {

    public static final int NAME_MAX = 100;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    /** Marks the secret as Tandem's, so secret scanners and people reading a config file can tell what it is. */
    static final String PREFIX = "tandem_";
    /** Last use is recorded to the minute: enough to tell which tokens are in use, without a write per request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** A token as its owner sees it; never the secret. */
    public record ApiToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
        public boolean expiredAt(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** A token just created: the one moment its secret is known. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    /** The person a valid token speaks for. */
    public record Bearer(UUID tokenId, UUID personId, String displayName, String email) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's tokens that have not been revoked, newest first; expired ones stay listed so people see why. */
    public List<ApiToken> of(UUID personId) {
        return jdbc.sql("""
                        select id, name, created_at, last_used_at, expires_at from api_token
                        where person_id = ? and revoked_at is null order by created_at desc, id""")
                .param(personId).query(ApiTokens::map).list();
    }

    /** The caller has checked {@code name} (up to 100 characters) and {@code days} (1 to 365). */
    @Transactional
    public IssuedToken create(UUID personId, String name, int days) {
        String secret = PREFIX + SecretTokens.newToken();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(UUID.randomUUID(), name.strip(), now, null, now.plus(Duration.ofDays(days)));
        jdbc.sql("""
                insert into api_token (id, person_id, name, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(token.id(), personId, token.name(), SecretTokens.hash(secret), utc(now), utc(token.expiresAt()))
                .update();
        audit.record(AuditEntry.of(null, "api-token.created", "api-token", token.id(),
                        "API token " + token.name() + " created, valid until "
                                + Timestamps.londonDateTime(token.expiresAt()))
                .after(Map.of("name", token.name(), "expiresAt", token.expiresAt().toString())));
        return new IssuedToken(token, secret);
    }

    /** Revokes one of the person's own tokens; anyone else's token, or one already revoked, is not found. */
    @Transactional
    public ApiToken revoke(UUID personId, UUID tokenId) {
        ApiToken token = of(personId).stream().filter(t -> t.id().equals(tokenId)).findFirst()
                .orElseThrow(() -> new NotFoundException("API token"));
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(utc(clock.instant()), tokenId).update();
        audit.record(AuditEntry.of(null, "api-token.revoked", "api-token", tokenId,
                "API token " + token.name() + " revoked"));
        return token;
    }

    /** Who the secret speaks for, while it is unrevoked, unexpired and its owner's account is open. */
    @Transactional
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)
                || !SecretTokens.wellFormed(secret.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Bearer> bearer = jdbc.sql("""
                        select t.id, p.id as person_id, p.display_name, p.email from api_token t
                        join person p on p.id = t.person_id
                        where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and p.active = true""")
                .params(SecretTokens.hash(secret), utc(now))
                .query((rs, n) -> new Bearer(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("display_name"), rs.getString("email")))
                .optional();
        bearer.ifPresent(b -> jdbc.sql("""
                        update api_token set last_used_at = ?
                        where id = ? and (last_used_at is null or last_used_at < ?)""")
                .params(utc(now), b.tokenId(), utc(now.minus(LAST_USED_PRECISION))).update());
        return bearer;
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "expires_at"));
    }
}
