package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;

/** A new password typed twice, from a reset link. How strong it must be is the password policy's business. */
public record NewPasswordForm(String password, String confirmPassword) implements SelfChecking {

    static NewPasswordForm blank() {
        return new NewPasswordForm("", "");
    }

    @Override
    public void check(Errors errors) {
        PasswordPair.check(password, confirmPassword, errors);
    }
}
