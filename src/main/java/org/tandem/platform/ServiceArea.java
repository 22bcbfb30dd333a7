package org.tandem.platform;

/**
 * The areas of public service Tandem groups commissions and providers' work by.
 * Shared so a commission's service area and a provider's areas of work can be matched.
 */
public enum ServiceArea {
    CHILDREN_AND_YOUNG_PEOPLE("Children and young people"),
    ADULT_SOCIAL_CARE("Adult social care"),
    OLDER_PEOPLE("Older people"),
    DISABILITY("Disability and learning disability"),
    MENTAL_HEALTH("Mental health and well-being"),
    PUBLIC_HEALTH("Public health"),
    CARERS("Carers"),
    HOUSING("Housing and homelessness"),
    SUBSTANCE_MISUSE("Drugs and alcohol"),
    DOMESTIC_ABUSE("Domestic abuse"),
    COMMUNITY_SAFETY("Community safety and justice"),
    EMPLOYMENT_AND_SKILLS("Employment and skills"),
    COMMUNITY_DEVELOPMENT("Community development"),
    ENVIRONMENT("Environment and green spaces"),
    OTHER("Other");

    private final String label;

    ServiceArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
