package org.tandem.outcomes.contributions.internal;

import org.tandem.coproduction.ActivityMethod;

/**
 * How a workshop whose outputs become contributions was run: the Planning chapter's methods (seed 000) for finding
 * out what matters to people, each recorded in the co-production record as its nearest method there.
 */
public enum WorkshopMethod {
    APPRECIATIVE_INQUIRY("Appreciative inquiry", ActivityMethod.APPRECIATIVE_INQUIRY,
            "Starting from what already works: people's best experiences, and what made them good"),
    WORLD_CAFE("World café", ActivityMethod.OTHER,
            "Small tables, one question each, people moving between them and building on what others said"),
    PEER_RESEARCH("Peer research", ActivityMethod.PEER_RESEARCH,
            "People with lived experience asking their peers, who often say more to them than to officials"),
    FOCUS_GROUP("Focus group", ActivityMethod.FOCUS_GROUP, "A small group talking through questions together"),
    WORKSHOP("Another kind of workshop", ActivityMethod.WORKSHOP, null);

    private final String label;
    private final ActivityMethod recordedAs;
    private final String description;

    WorkshopMethod(String label, ActivityMethod recordedAs, String description) {
        this.label = label;
        this.recordedAs = recordedAs;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The co-production record's method for it. */
    public ActivityMethod recordedAs() {
        return recordedAs;
    }

    /** What the record says the method was, when it has no method of its own for it. */
    public String recordedDetail() {
        return recordedAs == ActivityMethod.OTHER ? label : null;
    }
}
