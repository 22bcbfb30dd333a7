package org.tandem.coproduction;

import java.util.UUID;

/**
 * Someone named as taking part: a person of the organisation ({@code personId}, with their name as it was then), or
 * someone not on Tandem, by the name typed ({@code personId} null).
 */
public record NamedPerson(UUID personId, String name) {

    public static NamedPerson member(UUID personId) {
        return new NamedPerson(personId, null);
    }

    public static NamedPerson typed(String name) {
        return new NamedPerson(null, name);
    }
}
