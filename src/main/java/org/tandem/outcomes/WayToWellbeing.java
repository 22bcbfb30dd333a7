package org.tandem.outcomes;

/** The five ways to well-being: evidence-based actions that promote people's well-being (seed 000, Table 2). */
public enum WayToWellbeing {
    CONNECT("Connect", "With the people around you: family, friends, neighbours"),
    BE_ACTIVE("Be active", "Moving, playing, being outdoors"),
    TAKE_NOTICE("Take notice", "Noticing the world around you and how you feel"),
    KEEP_LEARNING("Keep learning", "Trying something new, picking up a skill"),
    GIVE("Give", "Doing something for others, volunteering, taking part in the community");

    private final String label;
    private final String description;

    WayToWellbeing(String label, String description) {
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
