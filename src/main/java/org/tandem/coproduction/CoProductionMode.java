package org.tandem.coproduction;

import java.util.Arrays;
import java.util.List;

/**
 * Loeffler and Bovaird's four Co's (seed 002, Table 1), with co-planning and co-prioritisation as the two kinds of
 * co-commissioning their article describes. An activity serves one or more of these; coverage is counted on the four.
 */
public enum CoProductionMode {
    CO_COMMISSIONING("Co-commissioning", null, Mechanism.CITIZEN_VOICE,
            "Of priority outcomes, services, user groups and resources: users and community representatives on "
                    + "commissioning boards and panels, participatory budgeting, personalisation"),
    CO_PLANNING("Co-planning", CO_COMMISSIONING, Mechanism.CITIZEN_VOICE,
            "Co-commissioning that plans: a new vision for a service, a commissioning strategy, a specification"),
    CO_PRIORITISATION("Co-prioritisation", CO_COMMISSIONING, Mechanism.CITIZEN_VOICE,
            "Co-commissioning that decides what comes first: priority outcomes, services and budgets"),
    CO_DESIGN("Co-design", null, Mechanism.CITIZEN_VOICE,
            "Of better pathways to outcomes: service redesign with users, innovation labs, community forums"),
    CO_DELIVERY("Co-delivery", null, Mechanism.CITIZEN_ACTION,
            "Of pathways to outcomes: volunteering, peer support, self-care, training of staff by experts by "
                    + "experience, community asset management"),
    CO_ASSESSMENT("Co-assessment", null, Mechanism.CITIZEN_VOICE,
            "Of services and outcomes: service-user inspectors, user ratings, peer review of services with users");

    private final String label;
    private final CoProductionMode kindOf;
    private final Mechanism mechanism;
    private final String description;

    CoProductionMode(String label, CoProductionMode kindOf, Mechanism mechanism, String description) {
        this.label = label;
        this.kindOf = kindOf;
        this.mechanism = mechanism;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public Mechanism mechanism() {
        return mechanism;
    }

    public String description() {
        return description;
    }

    /** Which of the four Co's this is: itself, or co-commissioning for its two kinds. */
    public CoProductionMode mode() {
        return kindOf == null ? this : kindOf;
    }

    public boolean isKind() {
        return kindOf != null;
    }

    /** Co-commissioning, co-design, co-delivery and co-assessment. */
    public static List<CoProductionMode> fourCos() {
        return Arrays.stream(values()).filter(m -> !m.isKind()).toList();
    }

    /** This mode and its kinds: what a filter on it matches. */
    public List<CoProductionMode> withKinds() {
        return Arrays.stream(values()).filter(m -> m.mode() == this).toList();
    }
}
