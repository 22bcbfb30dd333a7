package org.tandem.coproduction.internal;

import java.util.List;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.CoProductionMode;

/**
 * Needham and Carr's three levels of co-production (seed 000, "Co-production"), read from the commission's
 * activities. The rule: power shared with citizens (co-designing or co-producing, with people using services, carers
 * or community members there) is what moves a commission beyond descriptive; it is transformative when that sharing
 * reaches delivery (co-delivery, where new structures entrench co-production) and at least two other of the four Co's,
 * so that power has moved across the cycle rather than in one corner of it.
 */
public enum NeedhamCarrLevel {
    DESCRIPTIVE("Descriptive",
            "Co-production describes what people already put in; nothing recorded yet shares power with them."),
    INTERMEDIATE("Intermediate",
            "People's contributions are recognised and shape services, but power has not moved across the cycle: "
                    + "organisational cultures and delivery systems are unchanged."),
    TRANSFORMATIVE("Transformative",
            "Power and control have moved: people share decisions and delivery across the cycle, and new structures "
                    + "entrench co-production.");

    /** Of the four Co's, how many besides co-delivery must also share power for a commission to be transformative. */
    static final int OTHER_COS_FOR_TRANSFORMATIVE = 2;

    private final String label;
    private final String description;

    NeedhamCarrLevel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static NeedhamCarrLevel of(List<ActivityDetails> activities) {
        List<ActivityDetails> shared = activities.stream().filter(ActivityDetails::sharedPowerWithCitizens).toList();
        if (shared.isEmpty()) {
            return DESCRIPTIVE;
        }
        boolean delivery = shared.stream().anyMatch(a -> a.serves(CoProductionMode.CO_DELIVERY));
        long others = CoProductionMode.fourCos().stream().filter(m -> m != CoProductionMode.CO_DELIVERY)
                .filter(m -> shared.stream().anyMatch(a -> a.serves(m))).count();
        return delivery && others >= OTHER_COS_FOR_TRANSFORMATIVE ? TRANSFORMATIVE : INTERMEDIATE;
    }
}
