package org.tandem.coproduction.internal;

/** One side of Dorset's involvement matrix (seed 003): who took part in planning, or in delivering, the service. */
public enum Involvement {
    PROFESSIONALS_ONLY("Professionals only"),
    PROFESSIONALS_WITH_USERS("Professionals and users and communities"),
    NO_PROFESSIONAL_INPUT("Users and communities, with no professional input");

    private final String label;

    Involvement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
