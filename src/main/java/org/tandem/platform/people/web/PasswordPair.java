package org.tandem.platform.people.web;

import org.springframework.validation.Errors;

/** A new password and its confirmation, as both password forms check them. */
final class PasswordPair {

    private PasswordPair() {
    }

    static void check(String password, String confirmPassword, Errors errors) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue("password", "required", "Enter a new password");
        }
        if (confirmPassword == null || confirmPassword.isEmpty()) {
            errors.rejectValue("confirmPassword", "required", "Enter your new password again");
        } else if (password != null && !password.isEmpty() && !password.equals(confirmPassword)) {
            errors.rejectValue("confirmPassword", "mismatch", "The passwords do not match. Enter the same password twice.");
        }
    }
}
