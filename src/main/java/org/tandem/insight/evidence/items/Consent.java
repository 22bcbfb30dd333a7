package org.tandem.insight.evidence.items;

/**
 * Whether and how the people evidence came from agreed to it being used. Publishing their words needs more than
 * that: {@link EvidenceItem#quotesPublishable()} is recorded separately, and only when they consented.
 */
public enum Consent {
    WRITTEN("Written consent", "Each participant signed a consent form"),
    WRITTEN_WITH_PARENT("Written consent, with a parent or carer's for under-16s",
            "Participants signed, and a parent or carer also signed for those under 16"),
    SPOKEN("Spoken consent, noted by whoever gathered it", "Participants agreed out loud, and it was written down"),
    NOT_NEEDED("Not needed: nobody can be identified", "For example, a site visit that recorded no personal details"),
    NOT_RECORDED("Not recorded", "Nobody wrote down whether participants agreed");

    private final String label;
    private final String description;

    Consent(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether participants' words may go beyond Tandem with this consent. */
    public boolean allowsPublishing() {
        return this == WRITTEN || this == WRITTEN_WITH_PARENT || this == SPOKEN;
    }
}
