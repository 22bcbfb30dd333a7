package org.tandem.outcomes.web;

import org.tandem.platform.AuditLog;
import org.tandem.platform.CurrentUser;

/** The signed-in person as the services record them. */
final class Actors {

    private Actors() {
    }

    static AuditLog.Actor of(CurrentUser user) {
        return new AuditLog.Actor(user.personId(), user.displayName());
    }
}
