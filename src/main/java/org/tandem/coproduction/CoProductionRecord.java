package org.tandem.coproduction;

import java.util.UUID;
import org.tandem.platform.AuditLog;

/**
 * The co-production record as other modules use it: an outcomes workshop, a quality visit or a participatory budget
 * vote records itself here, so the commission's ladder, four Co's and matrix take it into account.
 */
public interface CoProductionRecord {

    /**
     * Records an activity on a commission the organisation leads, as done by {@code recordedBy}, audited and announced
     * with {@link CoProductionActivityRecorded}.
     *
     * @return the new activity's id
     * @throws org.tandem.platform.NotFoundException when the organisation does not lead the commission, or a named
     *                                               person is not one of its people
     * @throws org.tandem.platform.RuleViolation     when the details break a rule of the record
     */
    UUID record(AuditLog.Actor recordedBy, UUID organisationId, UUID commissionId, ActivityDetails activity);
}
