package org.tandem.insight.quality;

/** Where a visit's record is: not started, saved as a draft, or submitted (and locked). */
public enum VisitStatus {
    TO_DO("To do", "govuk-tag--grey"),
    STARTED("In progress", "govuk-tag--yellow"),
    SUBMITTED("Submitted", "govuk-tag--green");

    private final String label;
    private final String tagClass;

    VisitStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
