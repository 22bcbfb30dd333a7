package org.tandem.coproduction.internal;

import java.util.Arrays;

/**
 * The nine models of Dorset's "Making it real" matrix (seed 003, section 1.2): involvement in planning the service
 * (columns) by involvement in delivering it (rows). Full co-production is at the centre.
 */
public enum InvolvementModel {
    TRADITIONAL(Involvement.PROFESSIONALS_ONLY, Involvement.PROFESSIONALS_ONLY,
            "Traditional paternalistic or managerialist service delivery"),
    USER_INVOLVEMENT_IN_PLANNING(Involvement.PROFESSIONALS_WITH_USERS, Involvement.PROFESSIONALS_ONLY,
            "Paternalistic or managerialist service delivery with user involvement in planning"),
    COMMISSIONED_BY_USERS(Involvement.NO_PROFESSIONAL_INPUT, Involvement.PROFESSIONALS_ONLY,
            "Bespoke services commissioned by users and delivered by professionals"),
    COMMUNITY_DELIVERY(Involvement.PROFESSIONALS_ONLY, Involvement.PROFESSIONALS_WITH_USERS,
            "Community delivery of professionally designed services"),
    FULL_CO_PRODUCTION(Involvement.PROFESSIONALS_WITH_USERS, Involvement.PROFESSIONALS_WITH_USERS,
            "Full co-production"),
    COMMUNITY_PLANNED(Involvement.NO_PROFESSIONAL_INPUT, Involvement.PROFESSIONALS_WITH_USERS,
            "Technically aided community planned services"),
    VOLUNTARISM(Involvement.PROFESSIONALS_ONLY, Involvement.NO_PROFESSIONAL_INPUT,
            "Voluntarism: the state designs the service but commissions others to deliver it"),
    COMMUNITY_DELIVERED(Involvement.PROFESSIONALS_WITH_USERS, Involvement.NO_PROFESSIONAL_INPUT,
            "Technically aided community delivered services"),
    SELF_ORGANISING(Involvement.NO_PROFESSIONAL_INPUT, Involvement.NO_PROFESSIONAL_INPUT,
            "Self-organising or self-help models of service production");

    private final Involvement planning;
    private final Involvement delivery;
    private final String label;

    InvolvementModel(Involvement planning, Involvement delivery, String label) {
        this.planning = planning;
        this.delivery = delivery;
        this.label = label;
    }

    public Involvement planning() {
        return planning;
    }

    public Involvement delivery() {
        return delivery;
    }

    public String label() {
        return label;
    }

    public static InvolvementModel of(Involvement planning, Involvement delivery) {
        return Arrays.stream(values()).filter(m -> m.planning == planning && m.delivery == delivery).findFirst()
                .orElseThrow();
    }
}
