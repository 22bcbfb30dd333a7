package org.tandem.insight.needs;

/** How pressing a need is, as the needs assessment (and the people in it) judged. */
public enum Priority {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
