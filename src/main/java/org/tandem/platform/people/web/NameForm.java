package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.PersonName;

/** Changing your own name; {@code version} is the one the form was drawn from, so a change made elsewhere is not lost. */
public record NameForm(String displayName, Integer version) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        String problem = PersonName.problemWith(displayName);
        if (problem != null) {
            errors.rejectValue("displayName", "format", problem);
        }
        if (version == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
    }
}
