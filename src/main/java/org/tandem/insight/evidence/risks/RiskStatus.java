package org.tandem.insight.evidence.risks;

/**
 * Where a risk stands. "Taken on purpose" is the co-produced choice seed 002 asks commissioners to enable: an
 * appropriate risk, taken knowingly for the outcomes it makes possible, once citizens accept it.
 */
public enum RiskStatus {
    OPEN("Open"), MITIGATING("Being reduced"), TAKEN("Taken on purpose"), CLOSED("Closed");

    private final String label;

    RiskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
