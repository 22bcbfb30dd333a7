package org.tandem.prioritisation.counting;

import java.util.Objects;

/**
 * A project on the ballot: its id (unique in the instance), a name to show, and its cost in whole currency units
 * (pounds, or pence when the process counts in pence; see {@link PbInstance#currencyUnit()}).
 */
public record Project(String id, String name, long cost) {

    public Project {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidInstanceException("A project id cannot be blank");
        }
        name = name == null || name.isBlank() ? id : name;
        if (cost < 0) {
            throw new InvalidInstanceException("Project " + id + " has a negative cost (" + cost + ")");
        }
    }
}
