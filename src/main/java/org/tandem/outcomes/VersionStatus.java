package org.tandem.outcomes;

/**
 * Where a version of a framework is in its agreement: a draft commissioners edit, with a co-production group for
 * review, or agreed and locked.
 */
public enum VersionStatus {
    DRAFT("Draft", "Commissioners are writing it; it can be changed"),
    IN_REVIEW("In review", "With a co-production group, each of whom agrees or objects"),
    AGREED("Agreed", "Agreed by the whole group and locked; tenders and contracts refer to it");

    private final String label;
    private final String description;

    VersionStatus(String label, String description) {
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
