package org.tandem.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.platform.Role;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.EmailAddress;

/** Who to invite, and to which role. */
record InvitationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Role role) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        String problem = EmailAddress.problemWith(email);
        if (problem != null) {
            errors.rejectValue("email", "format", problem);
        }
        if (role == null) {
            errors.rejectValue("role", "required", "Select the role they will have");
        }
    }
}
