package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.PeopleAdministration;
import org.tandem.platform.people.Person;

/** A person's name as an administrator corrects it, with the version of the person it was loaded from. */
public record NameForm(String displayName, String version) implements SelfChecking {

    static NameForm of(Person person) {
        return new NameForm(person.displayName(), Integer.toString(person.version()));
    }

    @Override
    public void check(Errors errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.rejectValue("displayName", "required", "Enter their name");
        } else if (displayName.strip().length() > PeopleAdministration.NAME_MAX) {
            errors.rejectValue("displayName", "size",
                    "Name must be " + PeopleAdministration.NAME_MAX + " characters or fewer");
        }
    }
}
