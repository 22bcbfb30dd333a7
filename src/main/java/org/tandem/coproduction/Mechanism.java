package org.tandem.coproduction;

/**
 * How citizens take part in a co-production mode (seed 002, Table 1): by having their say, or by doing things
 * themselves. Not everyone who makes a hands-on contribution wants to attend meetings.
 */
public enum Mechanism {
    CITIZEN_VOICE("Citizen voice"),
    CITIZEN_ACTION("Citizen action");

    private final String label;

    Mechanism(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
