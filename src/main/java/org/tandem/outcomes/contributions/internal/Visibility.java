package org.tandem.outcomes.contributions.internal;

/**
 * Whether a contribution shows. Public contributions are held until a moderator shows them; a moderator hides an
 * abusive one with a reason, and it is kept, not deleted, so the decision can be looked back on.
 */
public enum Visibility {
    SHOWN("Shown"),
    HELD("Waiting for a moderator"),
    HIDDEN("Hidden by a moderator");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
