package org.tandem.platform.people.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.platform.Role;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** The roles ticked for a person in the organisation. */
public record RolesForm(List<String> roles) implements SelfChecking {

    static RolesForm of(Set<Role> roles) {
        return new RolesForm(roles.stream().sorted().map(Enum::name).toList());
    }

    @Override
    public void check(Errors errors) {
        if (roles == null || roles.isEmpty()) {
            errors.rejectValue("roles", "required",
                    "Select at least one role, or remove the person from the organisation");
        } else if (roles.stream().anyMatch(r -> FormValues.enumValue(Role.class, r) == null)) {
            errors.rejectValue("roles", "invalid", "Select roles from the list");
        }
    }

    Set<Role> chosen() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.stream().map(r -> FormValues.enumValue(Role.class, r)).filter(Objects::nonNull).forEach(chosen::add);
        return chosen;
    }
}
