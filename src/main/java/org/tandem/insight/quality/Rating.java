package org.tandem.insight.quality;

/**
 * A red, amber or green rating, of one quality area on one visit or of a whole service. The three groups are
 * Islington's (seed 000, Box K): green services were assured of future funding, amber ones were asked to show
 * progress before a further review, red ones were set to be decommissioned. Declared worst first, so that the
 * natural order runs from red to green.
 */
public enum Rating {
    RED("Red", "Decommission", "govuk-tag--red"),
    AMBER("Amber", "Must show progress by a date", "govuk-tag--orange"),
    GREEN("Green", "Funding assured", "govuk-tag--green");

    private final String label;
    private final String meaning;
    private final String tagClass;

    Rating(String label, String meaning, String tagClass) {
        this.label = label;
        this.meaning = meaning;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** What the rating means for a service's funding. */
    public String meaning() {
        return meaning;
    }

    /** The GOV.UK tag colour that shows it. */
    public String tagClass() {
        return tagClass;
    }

    public boolean isWorseThan(Rating other) {
        return ordinal() < other.ordinal();
    }

    public static Rating worse(Rating a, Rating b) {
        return a.isWorseThan(b) ? a : b;
    }
}
