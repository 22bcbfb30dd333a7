package org.tandem.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.platform.Role;
import org.tandem.platform.SelfChecking;

/** The roles a person is to hold in the organisation from now on, replacing their current ones. */
record RolesRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<Role> roles) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (roles == null) {
            errors.rejectValue("roles", "required", "Send the roles as a list, such as [\"COMMISSIONER\"]");
        }
    }
}
