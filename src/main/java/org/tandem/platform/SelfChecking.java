package org.tandem.platform;

import org.springframework.validation.Errors;

/**
 * A form or API request that checks what annotations cannot: amounts, dates typed as three fields, rules across
 * fields. Runs alongside Bean Validation whenever the object is validated with {@code @Valid}, for pages and API alike.
 */
public interface SelfChecking {

    void check(Errors errors);
}
