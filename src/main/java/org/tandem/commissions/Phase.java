package org.tandem.commissions;

/**
 * The phases of the commissioning cycle. NEF's guide (seed 000, Figure 6) names three phases, Insight, Planning and
 * Delivery, with reflection and evaluation throughout; Dorset's cycle (seed 003) ends each round with Review.
 * Tandem follows both: Insight → Planning → Delivery → Review.
 */
public enum Phase {
    INSIGHT("Insight", "Understand needs, assets and current provision, with the people who use services"),
    PLANNING("Planning", "Agree outcomes, set priorities and design how services will be bought"),
    DELIVERY("Delivery", "Contract, deliver and monitor services against the agreed outcomes"),
    REVIEW("Review", "Value and scrutinise what difference the services made, and learn for the next round");

    private final String label;
    private final String description;

    Phase(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean hasNext() {
        return ordinal() < values().length - 1;
    }

    public boolean hasPrevious() {
        return ordinal() > 0;
    }

    public Phase next() {
        if (!hasNext()) {
            throw new IllegalStateException(label + " is the last phase of the cycle");
        }
        return values()[ordinal() + 1];
    }

    public Phase previous() {
        if (!hasPrevious()) {
            throw new IllegalStateException(label + " is the first phase of the cycle");
        }
        return values()[ordinal() - 1];
    }
}
