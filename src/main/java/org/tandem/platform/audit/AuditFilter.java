package org.tandem.platform.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an administrator is looking for in their organisation's audit log. Null fields mean "any".
 *
 * @param who    part of the name of whoever acted
 * @param action the start of the action, e.g. {@code commission} or {@code sign-in.failed}
 */
public record AuditFilter(UUID organisationId, String who, String action, String entityType, LocalDate from,
                          LocalDate to) {
}
