package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.Role;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.EmailAddress;
import org.tandem.platform.FormValues;

/** Who to invite, and as what. */
public record InvitationForm(String email, String role) implements SelfChecking {

    static InvitationForm blank() {
        return new InvitationForm("", null);
    }

    @Override
    public void check(Errors errors) {
        String problem = EmailAddress.problemWith(email);
        if (problem != null) {
            errors.rejectValue("email", "invalid", problem);
        }
        if (chosenRole() == null) {
            errors.rejectValue("role", "required", "Select the role they will have");
        }
    }

    Role chosenRole() {
        return FormValues.enumValue(Role.class, role);
    }
}
