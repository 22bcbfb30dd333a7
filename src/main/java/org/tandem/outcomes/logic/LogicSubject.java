package org.tandem.outcomes.logic;

/** What a logic model explains: how one outcome of the framework comes about, or how a service works. */
public enum LogicSubject {
    OUTCOME("An outcome of the outcomes framework"),
    CURRENT_SERVICE("A service in the baseline of current provision"),
    PLANNED_SERVICE("A planned service, by name");

    private final String label;

    LogicSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
