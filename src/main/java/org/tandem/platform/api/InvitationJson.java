package org.tandem.platform.api;

import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.Role;
import org.tandem.platform.people.Invitation;

/** An invitation to join the organisation in a role. */
record InvitationJson(UUID id, String email, Role role, String invitedBy, Instant createdAt, Instant expiresAt,
                      Invitation.Status status) {

    static InvitationJson of(Invitation i, Instant now) {
        return new InvitationJson(i.id(), i.email(), i.role(), i.invitedByName(), i.createdAt(), i.expiresAt(),
                i.statusAt(now));
    }
}
