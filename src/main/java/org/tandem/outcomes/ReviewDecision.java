package org.tandem.outcomes;

/** What a member of a review group said about a version. */
public enum ReviewDecision {
    AGREE("Agree", "I agree this version of the framework"),
    OBJECT("Object", "I object; my comment says why");

    private final String label;
    private final String description;

    ReviewDecision(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
