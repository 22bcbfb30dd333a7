package org.tandem.prioritisation;

/** Whether officers found a proposal could be done. */
public enum Feasibility {
    NOT_ASSESSED("Not assessed yet"), FEASIBLE("Can be done"), NOT_FEASIBLE("Cannot be done");

    private final String label;

    Feasibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
