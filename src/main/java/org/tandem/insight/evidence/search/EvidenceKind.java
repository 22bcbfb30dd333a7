package org.tandem.insight.evidence.search;

/** The three kinds of evidence search looks through. */
public enum EvidenceKind {
    DATASET("Dataset", "/evidence/datasets/"),
    ITEM("What people told us", "/evidence/items/"),
    RISK("Risk", "/evidence/risks/");

    private final String label;
    private final String path;

    EvidenceKind(String label, String path) {
        this.label = label;
        this.path = path;
    }

    public String label() {
        return label;
    }

    /** Where one of these lives, below its commission's address. */
    public String pathOf(Object id) {
        return path + id;
    }
}
