package org.tandem.outcomes;

/** The triple bottom line an outcome adds to (seed 000): a service can create value on more than one. */
public enum BottomLine {
    SOCIAL("Social", "People, relationships and communities"),
    ENVIRONMENTAL("Environmental", "The natural and built environment"),
    ECONOMIC("Economic", "Jobs, money and the local economy");

    private final String label;
    private final String description;

    BottomLine(String label, String description) {
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
