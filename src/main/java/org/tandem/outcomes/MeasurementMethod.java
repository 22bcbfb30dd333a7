package org.tandem.outcomes;

/** How an indicator will be measured. */
public enum MeasurementMethod {
    SURVEY("Survey", "A survey of the people using the service"),
    WELLBEING_SCALE("Well-being scale", "A validated well-being scale, such as the Warwick-Edinburgh scale"),
    ADMINISTRATIVE_DATA("Administrative data", "Records the council, the NHS or the provider already keep"),
    CASE_STUDY("Case studies", "Stories of change, told by the people they happened to"),
    OBSERVATION("Observation", "Watching and recording what happens"),
    PEER_RESEARCH("Peer research", "Research done by people who use the service"),
    FOCUS_GROUP("Focus groups", "Group discussions with people using the service"),
    OTHER("Other", "Another way, described in the definition");

    private final String label;
    private final String description;

    MeasurementMethod(String label, String description) {
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
