package org.tandem.platform.people.web;

import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonName;

/** A person's name as an administrator corrects it, with the version of the person it was loaded from. */
public record PersonNameForm(String displayName, String version) implements SelfChecking {

    static PersonNameForm of(Person person) {
        return new PersonNameForm(person.displayName(), Integer.toString(person.version()));
    }

    @Override
    public void check(Errors errors) {
        String problem = PersonName.problemWithTheirName(displayName);
        if (problem != null) {
            errors.rejectValue("displayName", "format", problem);
        }
    }
}
