package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.PersonName;

/** Someone new to Tandem accepting an invitation: the account needs only their name and a password. */
public record NewMemberForm(String displayName, String password) implements SelfChecking {

    static NewMemberForm blank() {
        return new NewMemberForm("", "");
    }

    @Override
    public void check(Errors errors) {
        String problem = PersonName.problemWith(displayName);
        if (problem != null) {
            errors.rejectValue("displayName", "format", problem);
        }
        if (password == null || password.isEmpty()) {
            errors.rejectValue("password", "required", "Enter a password");
        }
    }
}
