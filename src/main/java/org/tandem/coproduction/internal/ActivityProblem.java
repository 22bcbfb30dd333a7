package org.tandem.coproduction.internal;

/**
 * One thing wrong with an activity's details. {@code field} is the property as the API and the form both name it:
 * {@code title}, {@code participants[CARER]}, {@code equalities[AGE]} (the age counts as a whole).
 */
public record ActivityProblem(String field, String message) {
}
