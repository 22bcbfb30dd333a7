package org.tandem.insight.evidence.items;

/**
 * How qualitative evidence was gathered. The first ten are the qualitative methods NEF lists for developing insight
 * (seed 000, "Understanding people's needs and aspirations"); interviews come from its Table 4 (Lambeth's
 * "informal and semi-structured interviews with young people") and surveys from Loeffler and Bovaird's Table 2
 * ("community surveys on service offer", seed 002).
 */
public enum EvidenceMethod {
    PEER_RESEARCH("Peer research",
            "People trained in research methods interview their peers about what matters to them"),
    ETHNOGRAPHY("Ethnography", "Time spent alongside people in their daily lives, watching and listening"),
    APPRECIATIVE_INQUIRY("Appreciative inquiry",
            "Starting from what already works and what people hope for, not from what is wrong"),
    ASSET_MAPPING("Asset mapping", "Finding the skills, groups, places and resources people already have"),
    FOCUS_GROUP("Focus group", "A guided discussion with a small group, such as providers or parents"),
    DELIBERATIVE_WORKSHOP("Deliberative workshop",
            "People weigh up evidence and choices together and come to a view"),
    SITE_VISIT("Site visit", "Seeing a service or place at first hand"),
    USER_LED_ASSESSMENT("User-led assessment", "People who use a service assess it against what matters to them"),
    MYSTERY_SHOPPING("Mystery shopping",
            "People who use services try them anonymously and report on their experience"),
    CASE_STUDY("Case study", "One person's, family's or group's story, followed in depth"),
    INTERVIEWS("Interviews", "Informal and semi-structured conversations with people about what they value"),
    SURVEY("Survey", "Questions answered by many people, online or on paper");

    private final String label;
    private final String description;

    EvidenceMethod(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
