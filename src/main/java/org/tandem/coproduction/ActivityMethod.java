package org.tandem.coproduction;

/**
 * How an activity was run: the methods of NEF's Insight chapter and seed 002's Table 2, with the meetings every
 * commission holds. {@link #OTHER} needs a description.
 */
public enum ActivityMethod {
    WORKSHOP("Workshop"),
    APPRECIATIVE_INQUIRY("Appreciative inquiry"),
    FOCUS_GROUP("Focus group"),
    INTERVIEW("Interview"),
    SURVEY("Survey"),
    PEER_RESEARCH("Peer research"),
    VISIT("Visit"),
    USER_LED_ASSESSMENT("User-led assessment or quality review"),
    MYSTERY_SHOPPING("Mystery shopping"),
    PANEL("Panel"),
    BOARD_MEETING("Board or committee meeting"),
    PARTICIPATORY_BUDGETING("Participatory budgeting"),
    OTHER("Other");

    private final String label;

    ActivityMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
