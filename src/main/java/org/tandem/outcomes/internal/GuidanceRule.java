package org.tandem.outcomes.internal;

/**
 * The guidance a framework is checked against (seed 000's Planning chapter and seed 004). Each is a warning, never a
 * block: a commission may have good reasons to depart from it.
 */
public enum GuidanceRule {
    OUTCOME_COUNT("Aim for 8 to 12 outcomes: enough to cover what matters, few enough to hold providers to"),
    INDICATOR_COUNT("Aim for 3 to 6 indicators for each outcome"),
    ONLY_OUTPUTS("An outcome measured only by outputs invites a target culture (seed 004): add an outcome or proxy "
            + "indicator"),
    NO_COMMUNITY_OUTCOME("Include at least one community-level outcome: the wider social, environmental and economic "
            + "value services create"),
    EMPTY_WELLBEING_ELEMENT("Commission for every element of the dynamic model of well-being"),
    EMPTY_WAY_TO_WELLBEING("Cover each of the five ways to well-being"),
    NOT_SHAPED_BY_USERS("Every outcome should be shaped by people who use services, carers or community members"),
    DEFICIT_WORDING("Write outcomes positively, as the change people want");

    private final String guidance;

    GuidanceRule(String guidance) {
        this.guidance = guidance;
    }

    public String guidance() {
        return guidance;
    }
}
