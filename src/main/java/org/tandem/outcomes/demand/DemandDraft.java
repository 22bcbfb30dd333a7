package org.tandem.outcomes.demand;

/**
 * A demand view once checked: the figures, where the level of need comes from, how behaviour change and
 * co-production are expected to meet their parts, and the political sign-off (null until it is given).
 */
public record DemandDraft(DemandFigures figures, String basis, String behaviourChangeHow, String coProductionHow,
                          PoliticalSignOff signOff) {

    public static final int TEXT_MAX = 2000;
    public static final int NAME_MAX = 200;
}
