package org.tandem.prioritisation.counting;

/** An instance that cannot be counted: a duplicate id, a vote for an unknown project, a negative cost or budget. */
public class InvalidInstanceException extends IllegalArgumentException {

    public InvalidInstanceException(String message) {
        super(message);
    }
}
