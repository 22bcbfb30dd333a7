package org.tandem.prioritisation.ballots;

/**
 * What a signed-in voter says about themselves when the process limits who may vote: their ward or postcode and
 * their age, as typed. Checked, never stored.
 */
public record Declaration(String ward, String postcode, String age) {

    public static final Declaration NONE = new Declaration(null, null, null);
}
