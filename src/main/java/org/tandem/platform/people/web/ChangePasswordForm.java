package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;

/** Changing a password while signed in: the current one, then the new one typed twice. */
public record ChangePasswordForm(String currentPassword, String password, String confirmPassword)
        implements SelfChecking {

    static ChangePasswordForm blank() {
        return new ChangePasswordForm("", "", "");
    }

    @Override
    public void check(Errors errors) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.rejectValue("currentPassword", "required", "Enter your current password");
        }
        PasswordPair.check(password, confirmPassword, errors);
    }
}
