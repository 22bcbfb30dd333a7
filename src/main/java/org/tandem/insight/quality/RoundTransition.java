package org.tandem.insight.quality;

/**
 * The named steps a round takes, each from one status to the next. Pages and the API ask for a step, never for a
 * status.
 */
public enum RoundTransition {
    START_VISITING(RoundStatus.DRAFT, RoundStatus.VISITING, "Start visits"),
    START_MODERATION(RoundStatus.VISITING, RoundStatus.MODERATION, "Start moderation and review"),
    SHARE_RESULTS(RoundStatus.MODERATION, RoundStatus.SHARED, "Share results with providers"),
    CLOSE(RoundStatus.SHARED, RoundStatus.CLOSED, "Close the round");

    private final RoundStatus from;
    private final RoundStatus to;
    private final String label;

    RoundTransition(RoundStatus from, RoundStatus to, String label) {
        this.from = from;
        this.to = to;
        this.label = label;
    }

    public RoundStatus from() {
        return from;
    }

    public RoundStatus to() {
        return to;
    }

    public String label() {
        return label;
    }

    /** The step a round in this status can take next, or null when it is closed. */
    public static RoundTransition from(RoundStatus status) {
        for (RoundTransition t : values()) {
            if (t.from == status) {
                return t;
            }
        }
        return null;
    }
}
