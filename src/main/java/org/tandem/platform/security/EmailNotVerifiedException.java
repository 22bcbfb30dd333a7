package org.tandem.platform.security;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but the person has not yet confirmed their email address. */
public class EmailNotVerifiedException extends AccountStatusException {
    private final String email;

    public EmailNotVerifiedException(String email) {
        super("Email address not confirmed");
        this.email = email;
    }

    public String email() {
        return email;
    }
}
