package org.tandem.prioritisation.implementation;

/**
 * Where a funded project stands. The first five run in order, from not started to completed; a project can also be
 * put on hold or stop being funded, and either needs a public reason (as does going back a step): people who voted
 * for it are owed an explanation, not just a changed label.
 */
public enum ProjectStage {
    NOT_STARTED("Not started", 0),
    PLANNING("Planning", 1),
    PROCURING("Procuring", 2),
    IN_DELIVERY("In delivery", 3),
    COMPLETED("Completed", 4),
    ON_HOLD("On hold", -1),
    NO_LONGER_FUNDED("No longer funded", -1);

    private final String label;
    private final int step;

    ProjectStage(String label, int step) {
        this.label = label;
        this.step = step;
    }

    public String label() {
        return label;
    }

    /** Off the line from not started to completed: on hold or no longer funded. */
    public boolean aside() {
        return step < 0;
    }

    /** True when moving from {@code earlier} to this stage goes back along the line. */
    public boolean isBehind(ProjectStage earlier) {
        return !aside() && !earlier.aside() && step < earlier.step;
    }

    /** As written in a spreadsheet: "in delivery". */
    public String written() {
        return label.toLowerCase(java.util.Locale.ROOT);
    }
}
