package org.tandem.insight.evidence.risks;

/**
 * Whether citizens are willing to accept the risk as a trade-off for the better outcomes it makes possible (seed
 * 002: "They must particularly explore if citizens are willing to accept some risks").
 */
public enum CitizenAcceptance {
    ACCEPTED("Accepted: citizens think it is worth taking"),
    ACCEPTED_WITH_CONDITIONS("Accepted on conditions"),
    DIVIDED("Views are divided"),
    NOT_ACCEPTED("Not accepted: citizens think it is not worth taking"),
    NOT_YET_ASKED("Not yet asked");

    private final String label;

    CitizenAcceptance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_CONDITIONS;
    }
}
