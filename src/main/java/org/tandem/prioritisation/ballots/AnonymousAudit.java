package org.tandem.prioritisation.ballots;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;

/**
 * Audits a vote without saying who voted: no person, and no network address (which the audit log otherwise takes
 * from the request). The entry says only that a ballot was cast in a process.
 */
@Component
class AnonymousAudit {

    static final AuditLog.Actor A_VOTER = new AuditLog.Actor(null, "A voter");

    private final AuditLog audit;

    AnonymousAudit(AuditLog audit) {
        this.audit = audit;
    }

    void record(AuditEntry entry) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        try {
            audit.recordAs(A_VOTER, entry);
        } finally {
            RequestContextHolder.setRequestAttributes(request);
        }
    }
}
