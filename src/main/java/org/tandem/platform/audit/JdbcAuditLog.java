package org.tandem.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;


import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.Timestamps;
import org.tandem.platform.security.TandemPrincipal;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    private static final int MAX_STATE = 200_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        recordAs(currentActor(), entry);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(Actor actor, AuditEntry entry) {
        // Locking the head row makes appends from every node take turns, so the chain never forks.
        var head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (long) head[0] + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEvent unhashed = new AuditEvent(seq, now, actor.actorId(), actor.name(), entry.organisationId(),
                entry.action(), entry.entityType(), entry.entityId(), truncate(entry.summary(), 500),
                toJson(entry.before()), toJson(entry.after()), remoteAddress(), (String) head[1], null);
        String hash = AuditChain.hash(unhashed);
        jdbc.sql("""
                insert into audit_event (seq, occurred_at, actor_id, actor_name, organisation_id, action, entity_type,
                                         entity_id, summary, before_state, after_state, remote_address, prev_hash, hash)
                values (:seq, :occurredAt, :actorId, :actorName, :organisationId, :action, :entityType,
                        :entityId, :summary, :before, :after, :remoteAddress, :prevHash, :hash)
                """)
                .param("seq", seq)
                .param("occurredAt", Timestamps.utc(now))
                .param("actorId", unhashed.actorId())
                .param("actorName", unhashed.actorName())
                .param("organisationId", unhashed.organisationId())
                .param("action", unhashed.action())
                .param("entityType", unhashed.entityType())
                .param("entityId", unhashed.entityId())
                .param("summary", unhashed.summary())
                .param("before", unhashed.beforeState())
                .param("after", unhashed.afterState())
                .param("remoteAddress", unhashed.remoteAddress())
                .param("prevHash", unhashed.prevHash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    private static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TandemPrincipal p) {
            return new Actor(p.personId(), p.displayName());
        }
        return Actor.TANDEM;
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        String text = state instanceof String s ? s : json.writeValueAsString(state);
        return truncate(text, MAX_STATE);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }
}
