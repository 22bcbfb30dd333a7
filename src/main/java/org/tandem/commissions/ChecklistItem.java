package org.tandem.commissions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a co-produced commission does in each phase. The Insight, Planning and Review items are the "co-produced
 * approach" column of seed 000's Table 4 (Lambeth's young people's services); the tender items are seed 000's
 * "Procurement checklist before going out to tender"; the Delivery items come from its section on contracts.
 */
public enum ChecklistItem {
    // Table 4, "Developing insight"
    NEEDS_ASSESSMENT(Phase.INSIGHT, Source.TABLE_4,
            "Needs assessment drawn from national and local data (demographics, deprivation, people not in education, employment or training)"),
    ASSET_MAPPING(Phase.INSIGHT, Source.TABLE_4,
            "Asset mapping to find informal provision, community assets and resources"),
    PROVIDER_FOCUS_GROUPS(Phase.INSIGHT, Source.TABLE_4,
            "Focus groups with providers about what is working well and what is not"),
    VALUES_INTERVIEWS(Phase.INSIGHT, Source.TABLE_4,
            "Informal and semi-structured interviews with people who use services about what they value in life"),
    APPRECIATIVE_WORKSHOPS(Phase.INSIGHT, Source.TABLE_4,
            "Appreciative workshops with people who use services to build a rich picture of their needs and wants"),
    OUTREACH(Phase.INSIGHT, Source.TABLE_4,
            "Engagement across the whole area (estates, schools, pupil referral units), not only with the usual voices"),

    // Table 4, "Planning"
    OUTCOMES_FRAMEWORK(Phase.PLANNING, Source.TABLE_4,
            "Outcomes framework developed with people who use services and providers, showing the outcomes every service will work towards"),
    QUALITY_CHARACTERISTICS(Phase.PLANNING, Source.TABLE_4,
            "Quality characteristics agreed: how services should be provided (co-production, sustainable business models, involving family and friends, collaboration, prevention)"),
    PROVIDER_SUPPORT(Phase.PLANNING, Source.TABLE_4,
            "Providers supported through the tender with capacity-building workshops and drop-in sessions"),
    CITIZENS_SELECT_PROVIDERS(Phase.PLANNING, Source.TABLE_4,
            "People who will benefit from the service involved in interviewing and selecting providers"),

    // Procurement checklist before going out to tender
    TENDER_TIMETABLE(Phase.PLANNING, Source.PROCUREMENT_CHECKLIST,
            "Procurement timetable gives providers enough time to co-design their plans with people using the service (providers asked how long they need)"),
    TENDER_PAPERWORK(Phase.PLANNING, Source.PROCUREMENT_CHECKLIST,
            "Default procurement paperwork and financial requirements reviewed, and changed where they would get in the way of the commissioning intentions"),
    TENDER_SHAPING_TIME(Phase.PLANNING, Source.PROCUREMENT_CHECKLIST,
            "Time built in for providers and people who will benefit to shape the planning phase: a local definition of co-production, the outcomes framework, a role in procurement"),
    TENDER_OUTCOMES_CLEAR(Phase.PLANNING, Source.PROCUREMENT_CHECKLIST,
            "Outcomes framework checked: simple, clear and not confused with targets, objectives or outputs"),
    TENDER_DEFINITIONS(Phase.PLANNING, Source.PROCUREMENT_CHECKLIST,
            "Clear definitions, with examples, of the terms used: outcomes, indicators, outputs, co-production, well-being"),
    TENDER_WHY_OUTCOMES(Phase.PLANNING, Source.PROCUREMENT_CHECKLIST,
            "Explained why the commission focuses on outcomes and how this differs from previous ways of commissioning"),
    TENDER_LOCAL_PRIORITIES(Phase.PLANNING, Source.PROCUREMENT_CHECKLIST,
            "Other local priorities explained: partnership working, consortia, project sustainability, area-wide outcomes"),

    // Contracts
    FLEXIBLE_ACTIVITIES(Phase.DELIVERY, Source.CONTRACTS,
            "Contract leaves room for activities to be developed with people who use the service once it has started"),
    BREAK_POINTS(Phase.DELIVERY, Source.CONTRACTS,
            "Break points set to revisit the provider's bid and impact map as the contract progresses"),
    OUTCOME_INDICATORS(Phase.DELIVERY, Source.CONTRACTS,
            "Outcome indicators agreed with providers, replacing service-specific targets and outputs"),
    EXPECTED_CHANGE(Phase.DELIVERY, Source.CONTRACTS,
            "Expectations agreed with providers of how much change each outcome can show during the contract"),

    // Table 4, "Reviewing"
    EVALUATED_AGAINST_OUTCOMES(Phase.REVIEW, Source.TABLE_4,
            "Providers evaluated against the outcomes framework, reporting on subjective and objective indicators"),
    USER_LED_REVIEW(Phase.REVIEW, Source.TABLE_4,
            "People who use the service review providers' performance: youth-led assessments, mystery shopping, peer research");

    /** Where in the seed material an item comes from, shown beside it. */
    public enum Source {
        TABLE_4("Co-producing commissioning (NEF, Table 4)"),
        PROCUREMENT_CHECKLIST("Procurement checklist before going out to tender (NEF)"),
        CONTRACTS("Contracts that support outcomes and co-production (NEF)");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Phase phase;
    private final Source source;
    private final String text;

    ChecklistItem(Phase phase, Source source, String text) {
        this.phase = phase;
        this.source = source;
        this.text = text;
    }

    public Phase phase() {
        return phase;
    }

    public Source source() {
        return source;
    }

    public String text() {
        return text;
    }

    /** The key used in URLs and the database: lower case with hyphens. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<ChecklistItem> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key().equals(key)).findFirst();
    }

    public static List<ChecklistItem> forPhase(Phase phase) {
        return Arrays.stream(values()).filter(i -> i.phase == phase).toList();
    }
}
