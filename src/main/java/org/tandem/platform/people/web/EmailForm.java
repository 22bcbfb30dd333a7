package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.EmailAddress;

/** Just an email address: asking for a new confirmation link, or for a password reset link. */
public record EmailForm(String email) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (email == null || email.isBlank()) {
            errors.rejectValue("email", "required", "Enter your email address");
        } else if (EmailAddress.problemWith(email) != null) {
            errors.rejectValue("email", "format", EmailAddress.problemWith(email));
        }
    }
}
