package org.tandem.insight.quality;

/**
 * How much amber makes a service amber, once it is not red. Areas rated red that were not enough to make the service
 * red count as amber here: they are at least as much of a concern.
 */
public enum AmberThreshold {
    ANY("Any area amber or red"),
    HALF_OR_MORE("Half the areas or more amber or red"),
    MAJORITY("More than half the areas amber or red");

    private final String label;

    AmberThreshold(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean isMet(int amberOrWorse, int rated) {
        return switch (this) {
            case ANY -> amberOrWorse >= 1;
            case HALF_OR_MORE -> 2 * amberOrWorse >= rated;
            case MAJORITY -> 2 * amberOrWorse > rated;
        };
    }
}
