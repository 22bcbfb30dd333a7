package org.tandem.outcomes.characteristics;

import java.util.List;

/**
 * Starting points from seed 000. The professional wording is the guide's, the names are short labels for it; the
 * users' words are left for the people who will use the service to write, which is the point of them.
 */
public enum CharacteristicTemplate {

    /** Box O: the five characteristics Islington's youth services wanted to define all youth work. */
    ISLINGTON("Islington's five quality characteristics",
            "From Islington's youth services: what all youth work should be.", List.of(
            professional("Expanding horizons", "All youth work should ensure that every young person is entitled "
                    + "to expand their horizons and discover what they can achieve now, and in the future."),
            professional("Co-produced with young people", "All youth work should be co-produced with young people."),
            professional("Financially sustainable", "All youth work should be financially sustainable."),
            professional("Delivered through partnerships",
                    "All youth work should be delivered through partnerships wherever possible."),
            professional("Reviewed and evaluated", "All youth work should be regularly reviewed and evaluated to "
                    + "ensure quality and relevance."))),

    /**
     * Box P: the practical elements of Camden's mental health service model. Camden named them but left how to
     * provide them to providers and the people they support, and said the list could be added to.
     */
    CAMDEN("Camden's thirteen service-model elements",
            "From Camden's mental health day services: what the service should offer, not how.", List.of(
            professional("Information", "The service offers information."),
            professional("Advice", "The service offers advice."),
            professional("Signposting", "The service signposts people to other support."),
            professional("Counselling", "The service offers counselling."),
            professional("Evidence-based interventions", "The service offers evidence-based interventions."),
            professional("Complementary therapies", "The service offers complementary therapies."),
            professional("Personal support", "The service offers personal support."),
            professional("Training", "The service offers training."),
            professional("Positive social circles", "The service helps people build positive social circles."),
            professional("Leisure opportunities", "The service opens up leisure opportunities."),
            professional("Education opportunities", "The service opens up education opportunities."),
            professional("Volunteering opportunities", "The service opens up volunteering opportunities."),
            professional("Employment opportunities", "The service opens up employment opportunities.")));

    private final String label;
    private final String description;
    private final List<CharacteristicDraft> characteristics;

    CharacteristicTemplate(String label, String description, List<CharacteristicDraft> characteristics) {
        this.label = label;
        this.description = description;
        this.characteristics = characteristics;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public List<CharacteristicDraft> characteristics() {
        return characteristics;
    }

    private static CharacteristicDraft professional(String name, String wording) {
        return new CharacteristicDraft(name, null, wording);
    }
}
