package org.tandem.coproduction;

/**
 * The rungs of NEF's ladder of co-production (seed 000, Figure 14, adapted from Arnstein's ladder of participation),
 * lowest first. As you go up, power is shared more equally between people providing and using services.
 */
public enum LadderRung {
    COERCING("Coercing", Approach.DOING_TO, "People are made to take part or comply; they have no say"),
    EDUCATING("Educating", Approach.DOING_TO, "Professionals teach or treat people, who are passive recipients"),
    INFORMING("Informing", Approach.DOING_TO, "People are told about decisions professionals have already made"),
    CONSULTING("Consulting", Approach.DOING_FOR, "People are asked for their views on professionals' plans"),
    ENGAGING("Engaging", Approach.DOING_FOR,
            "People are involved and listened to, but professionals still set the limits and decide"),
    CO_DESIGNING("Co-designing", Approach.DOING_WITH,
            "Decisions are shared: people's voices are heard, valued, debated and acted on"),
    CO_PRODUCING("Co-producing", Approach.DOING_WITH,
            "People design and also deliver: peer support, running activities, deciding how things are run");

    private final String label;
    private final Approach approach;
    private final String description;

    LadderRung(String label, Approach approach, String description) {
        this.label = label;
        this.approach = approach;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public Approach approach() {
        return approach;
    }

    public String description() {
        return description;
    }

    /** Co-designing or co-producing: the rungs where power is shared. */
    public boolean sharesPower() {
        return approach == Approach.DOING_WITH;
    }
}
